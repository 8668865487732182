package fr.cci.hotline.simulator.pbx;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sound files the simulated PBX "has": how long each plays (2 s unless told otherwise; the
 * digits and letters Asterisk says with its own sounds, about as long as Debian's French ones) and
 * which ones are missing (a missing prompt makes GET DATA answer -1 at once, as Asterisk does).
 */
public final class PromptCatalog {

  private final Map<String, Duration> durations = new ConcurrentHashMap<>();
  private final Set<String> missing = ConcurrentHashMap.newKeySet();
  private volatile Duration defaultDuration = Duration.ofSeconds(2);

  /**
   * SAY DIGITS, SAY NUMBER and SAY ALPHA play one core sound per character: Debian's French {@code
   * digits/} last 0.47 to 0.72 s, its {@code letters/} 0.45 to 0.70 s.
   */
  private static final Map<String, Duration> CORE_SOUNDS =
      Map.of("digits/", Duration.ofMillis(600), "letters/", Duration.ofMillis(550));

  public PromptCatalog duration(String file, Duration duration) {
    durations.put(file, duration);
    return this;
  }

  public PromptCatalog defaultDuration(Duration duration) {
    this.defaultDuration = duration;
    return this;
  }

  public PromptCatalog missing(String file) {
    missing.add(file);
    return this;
  }

  /**
   * Takes the length of every WAV file in {@code folder} for the prompt {@code prefix + name}
   * (without extension): the simulated playback lasts as long as the real one.
   */
  public PromptCatalog lengthsFrom(java.nio.file.Path folder, String prefix) {
    try (var files = java.nio.file.Files.list(folder)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".wav")) {
          duration(prefix + name.substring(0, name.length() - 4), WavLength.of(file));
        }
      }
    } catch (java.io.IOException failure) {
      throw new java.io.UncheckedIOException("cannot read the prompts in " + folder, failure);
    }
    return this;
  }

  public boolean exists(String file) {
    return !missing.contains(file);
  }

  public Duration durationOf(String file) {
    Duration known = durations.get(file);
    if (known != null) {
      return known;
    }
    return CORE_SOUNDS.entrySet().stream()
        .filter(folder -> file.startsWith(folder.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(defaultDuration);
  }
}
