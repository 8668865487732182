package fr.cci.hotline.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A load run's options, {@code --name value}, with the defaults the targets call for. */
record LoadOptions(Map<String, String> values) {

  static LoadOptions parse(String[] args, int from) {
    Map<String, String> values = new HashMap<>();
    for (int i = from; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
    return new LoadOptions(values);
  }

  String database() {
    return values.getOrDefault("db", "h2");
  }

  double rate() {
    return Double.parseDouble(values.getOrDefault("rate", "100"));
  }

  int seconds() {
    return Integer.parseInt(values.getOrDefault("seconds", "60"));
  }

  int warmup() {
    return Integer.parseInt(values.getOrDefault("warmup", "15"));
  }

  /**
   * The rate of the warm-up: half the measured rate unless told, because a cold JVM hit at the full
   * rate falls behind and may not catch up (see BENCHMARKS.md).
   */
  double warmupRate() {
    return Double.parseDouble(values.getOrDefault("warmup-rate", String.valueOf(rate() / 2)));
  }

  int advisors() {
    return Integer.parseInt(values.getOrDefault("advisors", "60"));
  }

  double speed() {
    return Double.parseDouble(values.getOrDefault("speed", "50"));
  }

  int callers() {
    return Integer.parseInt(values.getOrDefault("callers", "1000"));
  }

  String eventRates() {
    return values.getOrDefault("event-rates", "2000,5000,10000,20000,40000");
  }

  /** A fresh folder under target/load for the service's database, journal and log. */
  Path workDir(String run) {
    Path dir = Path.of("target/load/work", run + "-" + System.currentTimeMillis());
    try {
      return Files.createDirectories(dir).toAbsolutePath();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** The packaged service: target/hotline-*.jar. */
  Path jar() {
    try (DirectoryStream<Path> jars =
        Files.newDirectoryStream(Path.of("target"), "hotline-*.jar")) {
      for (Path jar : jars) {
        return jar.toAbsolutePath();
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    throw new IllegalStateException(
        "no target/hotline-*.jar: run ./mvnw -B -q package -DskipTests");
  }
}
