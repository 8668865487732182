package fr.cci.hotline.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The French prompt sounds in {@code asterisk-config/sounds/} match the texts in {@code
 * src/main/resources/prompts/*_fr.properties}: one playable WAV per key, made from the current text
 * (the SHA-256 recorded in {@code asterisk-config/sounds/.texts} by {@code
 * scripts/generate-prompts.sh}), and no sound without a text.
 */
class PromptFilesTests {

  private static final Path TEXTS = Path.of("src/main/resources/prompts");
  private static final Path SOUNDS = Path.of("asterisk-config/sounds");
  private static final Path HASHES = SOUNDS.resolve(".texts");
  private static final String REGENERATE =
      "run scripts/generate-prompts.sh (it needs the Debian packages espeak-ng and sox) and commit"
          + " asterisk-config/sounds/";
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern HASH_LINE =
      Pattern.compile("(\\S+) ([0-9a-f]{64}) (espeak-ng|recording)");

  /** Every prompt, in file order: key to its text, as scripts/generate-prompts.sh reads them. */
  private static final Map<String, Prompt> prompts = new LinkedHashMap<>();

  private static final List<String> formatProblems = new ArrayList<>();

  record Prompt(String key, String text, Path file, int line) {
    String where() {
      return file + ":" + line;
    }
  }

  record Wav(int format, int channels, int sampleRate, int bitsPerSample, double seconds) {}

  @BeforeAll
  static void readPromptTexts() throws IOException {
    for (Path file : promptFiles()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int n = 1; n <= lines.size(); n++) {
        String line = lines.get(n - 1).trim();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
          continue;
        }
        int equals = line.indexOf('=');
        if (line.contains("\\") || equals < 0) {
          formatProblems.add(file + ":" + n + ": not a plain key=text line");
          continue;
        }
        String key = line.substring(0, equals).trim();
        String text = line.substring(equals + 1).trim();
        if (!KEY.matcher(key).matches() || text.isEmpty()) {
          formatProblems.add(file + ":" + n + ": bad key or empty text");
        } else if (prompts.containsKey(key)) {
          formatProblems.add(
              file + ":" + n + ": " + key + " already defined in " + prompts.get(key).where());
        } else {
          prompts.put(key, new Prompt(key, text, file, n));
        }
      }
    }
  }

  @Test
  void thereArePromptFilesToCheck() throws IOException {
    assertThat(promptFiles())
        .extracting(f -> f.getFileName().toString())
        .contains("ivr_fr.properties");
    assertThat(prompts).isNotEmpty();
  }

  @Test
  void everyPromptIsAPlainKeyTextLineWithAUniqueKey() {
    assertThat(formatProblems)
        .as("lines of src/main/resources/prompts/*_fr.properties (keys name sound files)")
        .isEmpty();
  }

  @Test
  void everyPromptFileReadsTheSameAsJavaProperties() throws IOException {
    for (Path file : promptFiles()) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      for (String key : properties.stringPropertyNames()) {
        assertThat(prompts.get(key))
            .as("%s in %s", key, file)
            .isNotNull()
            .extracting(Prompt::text)
            .isEqualTo(properties.getProperty(key).trim());
      }
    }
  }

  @Test
  void everyPromptHasItsSoundFile() {
    List<String> missing =
        prompts.values().stream()
            .filter(p -> !Files.isRegularFile(sound(p.key())))
            .map(p -> sound(p.key()) + " for " + p.key() + " (" + p.where() + ")")
            .toList();
    assertThat(missing).as("missing prompt sounds: " + REGENERATE).isEmpty();
  }

  @Test
  void everySoundIsAnEightKilohertzMonoSixteenBitPcmWav() throws IOException {
    for (Prompt prompt : existingSounds()) {
      Wav wav = readWav(sound(prompt.key()));
      assertThat(wav)
          .as("%s: WAV 8000 Hz, mono, 16-bit PCM (sox in -r 8000 -c 1 -b 16)", sound(prompt.key()))
          .extracting(Wav::format, Wav::sampleRate, Wav::channels, Wav::bitsPerSample)
          .containsExactly(1, 8000, 1, 16);
    }
  }

  @Test
  void everySoundLastsBetweenAThirdOfASecondAndThirtySeconds() throws IOException {
    for (Prompt prompt : existingSounds()) {
      assertThat(readWav(sound(prompt.key())).seconds())
          .as("duration in seconds of %s", sound(prompt.key()))
          .isBetween(0.3, 30.0);
    }
  }

  @Test
  void everySoundWasMadeFromTheCurrentText() throws IOException {
    Map<String, String> recorded = recordedHashes();
    List<String> stale = new ArrayList<>();
    for (Prompt prompt : existingSounds()) {
      String hash = recorded.get(prompt.key());
      if (hash == null) {
        stale.add(prompt.key() + ": no text hash recorded in " + HASHES);
      } else if (!hash.equals(sha256(prompt.text()))) {
        stale.add(
            prompt.key() + ": its text (" + prompt.where() + ") changed since its sound was made");
      }
    }
    assertThat(stale)
        .as(
            "prompt sounds older than their texts: %s (a studio recording of the new text: put it in"
                + " place, then scripts/generate-prompts.sh --accept-recording KEY)",
            REGENERATE)
        .isEmpty();
  }

  @Test
  void noSoundFileExistsWithoutItsText() throws IOException {
    List<String> orphans = new ArrayList<>();
    if (Files.isDirectory(SOUNDS)) {
      try (Stream<Path> files = Files.list(SOUNDS)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(name -> !name.equals(".texts"))
            .filter(name -> !prompts.containsKey(name.split("\\.", 2)[0]))
            .sorted()
            .forEach(name -> orphans.add(SOUNDS.resolve(name).toString()));
      }
    }
    recordedHashes().keySet().stream()
        .filter(key -> !prompts.containsKey(key))
        .forEach(key -> orphans.add(key + " in " + HASHES));
    assertThat(orphans)
        .as(
            "sounds without a text in src/main/resources/prompts/*_fr.properties: delete them"
                + " (scripts/generate-prompts.sh --prune) or restore their text")
        .isEmpty();
  }

  @Test
  void everyPromptTheDialplanPlaysHasAText() throws IOException {
    var played =
        Pattern.compile("\\(hotline/([a-z0-9-]+)")
            .matcher(Files.readString(Path.of("asterisk-config/extensions.conf")));
    List<String> keys = new ArrayList<>();
    while (played.find()) {
      keys.add(played.group(1));
    }
    assertThat(prompts)
        .as("prompts played by extensions.conf")
        .containsKeys(keys.toArray(String[]::new));
  }

  private static List<Path> promptFiles() throws IOException {
    try (Stream<Path> files = Files.list(TEXTS)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("_fr.properties"))
          .sorted()
          .toList();
    }
  }

  private static Path sound(String key) {
    return SOUNDS.resolve(key + ".wav");
  }

  private static List<Prompt> existingSounds() {
    return prompts.values().stream().filter(p -> Files.isRegularFile(sound(p.key()))).toList();
  }

  private static Map<String, String> recordedHashes() throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    if (!Files.isRegularFile(HASHES)) {
      return hashes;
    }
    for (String line : Files.readAllLines(HASHES, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      var matcher = HASH_LINE.matcher(line);
      assertThat(matcher.matches()).as("line of %s: %s", HASHES, line).isTrue();
      hashes.put(matcher.group(1), matcher.group(2));
    }
    return hashes;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the RIFF chunks of a WAV file: its "fmt " chunk and the length of its "data" chunk. */
  private static Wav readWav(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(bytes.remaining()).as("%s: size", file).isGreaterThanOrEqualTo(12);
    assertThat(fourCc(bytes, 0)).as("%s: RIFF header", file).isEqualTo("RIFF");
    assertThat(fourCc(bytes, 8)).as("%s: WAVE form", file).isEqualTo("WAVE");
    Integer format = null;
    int channels = 0;
    int sampleRate = 0;
    int byteRate = 0;
    int bitsPerSample = 0;
    Long dataBytes = null;
    int at = 12;
    while (at + 8 <= bytes.limit()) {
      String id = fourCc(bytes, at);
      long size = Integer.toUnsignedLong(bytes.getInt(at + 4));
      int body = at + 8;
      if (id.equals("fmt ")) {
        assertThat(size).as("%s: fmt chunk size", file).isGreaterThanOrEqualTo(16);
        format = Short.toUnsignedInt(bytes.getShort(body));
        channels = Short.toUnsignedInt(bytes.getShort(body + 2));
        sampleRate = bytes.getInt(body + 4);
        byteRate = bytes.getInt(body + 8);
        bitsPerSample = Short.toUnsignedInt(bytes.getShort(body + 14));
      } else if (id.equals("data")) {
        assertThat(body + size)
            .as("%s: data chunk within the file", file)
            .isLessThanOrEqualTo(bytes.limit());
        dataBytes = size;
      }
      at = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
    }
    assertThat(format).as("%s: fmt chunk", file).isNotNull();
    assertThat(dataBytes).as("%s: data chunk", file).isNotNull();
    assertThat(byteRate).as("%s: byte rate", file).isPositive();
    return new Wav(format, channels, sampleRate, bitsPerSample, (double) dataBytes / byteRate);
  }

  private static String fourCc(ByteBuffer bytes, int at) {
    byte[] id = new byte[4];
    bytes.get(at, id);
    return new String(id, StandardCharsets.US_ASCII);
  }
}
