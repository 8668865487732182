package fr.cci.hotline.asterisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The real Asterisk's configuration for the tests, generated from the shipped {@code
 * asterisk-config/} at test time — never a second hand-kept copy. Everything that differs from the
 * shipped files is in {@link #substitutions()}: loopback addresses and free ports, the AMI secret,
 * the advisors' phones as sipp instances with static contacts, and the files a bare Asterisk needs
 * that a real PBX already has. Each substitution must match the shipped text, so a change there
 * that would silently void one fails the generation instead.
 *
 * @param agiPort where the dialplan's FastAGI calls go (the AGI recorder in front of the service)
 * @param phones each advisor endpoint (adv101…) and the loopback port its sipp phone listens on
 */
record PbxConfiguration(
    Path shipped,
    int amiPort,
    String amiSecret,
    int sipPort,
    int trunkPort,
    int agiPort,
    Map<String, Integer> phones) {

  /** The advisor phones' SIP password in the tests (the shipped file has placeholders). */
  static final String PHONE_PASSWORD = "phone-secret";

  /** The endpoint copied for advisors the shipped pjsip.conf does not list. */
  private static final String TEMPLATE_ADVISOR = "adv101";

  /** One visible difference from the shipped configuration. */
  record Substitution(String file, String why, UnaryOperator<String> change) {}

  List<Substitution> substitutions() {
    List<Substitution> list = new ArrayList<>();
    list.add(literal("manager.conf", "AMI on a free port", "port = 5038", "port = " + amiPort));
    list.add(
        literal(
            "manager.conf",
            "the tests' AMI secret",
            "secret = CHANGE_ME_same_as_HOTLINE_AMI_PASSWORD",
            "secret = " + amiSecret));
    list.add(
        literal(
            "extensions.conf",
            "FastAGI to the recorder in front of the service",
            "HOTLINE_AGI=agi://127.0.0.1:4573",
            "HOTLINE_AGI=agi://127.0.0.1:" + agiPort));
    list.add(
        literal(
            "pjsip.conf",
            "SIP on loopback, free port",
            "bind = 0.0.0.0:5060",
            "bind = 127.0.0.1:" + sipPort));
    list.add(
        literal(
            "pjsip.conf",
            "the operator trunk is sipp on 127.0.0.1 (callers)",
            "match = 203.0.113.10\nmatch = 203.0.113.11\n",
            "match = 127.0.0.1\n"));
    list.add(
        literal(
            "pjsip.conf",
            "outbound trunk calls go to a sipp on loopback",
            "contact = sip:sip.operator.example:5060",
            "contact = sip:127.0.0.1:" + trunkPort));
    list.add(
        new Substitution(
            "pjsip.conf",
            "no operator registrar on loopback: registration removed",
            text -> removeSection(text, "operator-registration")));
    list.add(
        literal(
            "pjsip.conf",
            "a switched-off phone is noticed within seconds",
            "qualify_frequency = 30",
            "qualify_frequency = 2"));
    list.add(
        literal(
            "queues.conf",
            "1 s of rest between fallback-queue calls, not 30: several callers take seconds",
            "wrapuptime = 30",
            "wrapuptime = 1"));
    list.add(
        new Substitution(
            "pjsip.conf",
            "advisor phones: static contacts to sipp, test password, copies of "
                + TEMPLATE_ADVISOR
                + " for advisors the shipped file lacks",
            this::advisorPhones));
    return list;
  }

  /** Files a bare Asterisk needs that the project does not ship (a real PBX has its own). */
  Map<String, String> additions() {
    return Map.of(
        "asterisk.conf",
        "[options]\nverbose = 4\nnocolor = yes\ndefaultlanguage = fr\n",
        "modules.conf",
        "[modules]\nautoload = yes\n",
        "musiconhold.conf",
        "[default]\nmode = files\ndirectory = " + AsteriskInstallation.MUSIC_ON_HOLD + "\n",
        "logger.conf",
        "[general]\n[logfiles]\nmessages.log => notice,warning,error,verbose(4)\n");
  }

  /** Writes the configuration into {@code directory} and the substitution list beside it. */
  void writeTo(Path directory) {
    try {
      Files.createDirectories(directory);
      StringBuilder report = new StringBuilder("Differences from asterisk-config/:\n");
      Map<String, String> files = new java.util.TreeMap<>();
      try (var shippedFiles = Files.list(shipped)) {
        for (Path file : shippedFiles.filter(f -> f.toString().endsWith(".conf")).toList()) {
          files.put(file.getFileName().toString(), Files.readString(file));
        }
      }
      for (Substitution substitution : substitutions()) {
        String before = files.get(substitution.file());
        if (before == null) {
          throw new IllegalStateException("asterisk-config/" + substitution.file() + " is missing");
        }
        files.put(substitution.file(), substitution.change().apply(before));
        report.append("- ").append(substitution.file()).append(": ").append(substitution.why());
        report.append('\n');
      }
      for (var added : additions().entrySet()) {
        files.put(added.getKey(), added.getValue());
        report.append("- ").append(added.getKey()).append(": added (not shipped)\n");
      }
      for (var file : files.entrySet()) {
        Files.writeString(
            directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      Files.writeString(directory.resolve("SUBSTITUTIONS.txt"), report);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static Substitution literal(String file, String why, String from, String to) {
    return new Substitution(
        file,
        why,
        text -> {
          if (!text.contains(from)) {
            throw new IllegalStateException(
                "asterisk-config/" + file + " no longer contains '" + from + "' (" + why + ")");
          }
          return text.replace(from, to);
        });
  }

  /** Removes {@code [name]} and its lines, up to the next section. */
  static String removeSection(String text, String name) {
    String header = "[" + name + "]\n";
    int start = text.indexOf(header);
    if (start < 0) {
      throw new IllegalStateException("no section [" + name + "] to remove");
    }
    int end = text.indexOf("\n[", start + header.length());
    return text.substring(0, start) + (end < 0 ? "" : text.substring(end + 1));
  }

  private String advisorPhones(String text) {
    String block = advisorBlock(text, TEMPLATE_ADVISOR);
    StringBuilder copies = new StringBuilder();
    for (String endpoint : phones().keySet()) {
      if (!text.contains("[" + endpoint + "](advisor-endpoint)")) {
        copies.append('\n').append(block.replace(TEMPLATE_ADVISOR, endpoint));
        copies.append('\n');
      }
    }
    String result = text + copies;
    for (var phone : phones().entrySet()) {
      String endpoint = phone.getKey();
      String aor = "[" + endpoint + "](advisor-aor)\n";
      if (!result.contains(aor)) {
        throw new IllegalStateException("pjsip.conf has no aor for " + endpoint);
      }
      result =
          result.replace(
              aor, aor + "contact = sip:" + endpoint + "@127.0.0.1:" + phone.getValue() + "\n");
      result =
          result.replace(
              "password = CHANGE_ME_" + endpoint + "\n", "password = " + PHONE_PASSWORD + "\n");
    }
    return result;
  }

  /** The shipped endpoint, aor and auth lines of one advisor. */
  private static String advisorBlock(String text, String endpoint) {
    int start = text.indexOf("[" + endpoint + "](advisor-endpoint)");
    int auth = text.indexOf("[" + endpoint + "](advisor-auth)", start);
    int end = text.indexOf("\n\n", auth);
    if (start < 0 || auth < 0) {
      throw new IllegalStateException("pjsip.conf has no advisor " + endpoint + " to copy");
    }
    return text.substring(start, end < 0 ? text.length() : end)
        .lines()
        .filter(line -> !line.startsWith(";"))
        .reduce((a, b) -> a + "\n" + b)
        .orElseThrow();
  }
}
