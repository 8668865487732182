package fr.cci.hotline.simulator.pbx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part of a queues.conf the simulated app_queue follows, per queue: {@code timeout} (one
 * member's ring time), {@code retry}, and {@code announce-position} with {@code announce-frequency}
 * and {@code min-announce-frequency}, and the variables it sets ({@code setinterfacevar}, {@code
 * setqueueentryvar}, {@code setqueuevar}). Other keys are Asterisk's alone.
 */
public final class QueuesConfiguration {

  private QueuesConfiguration() {}

  /** Configures each queue of the file ([general] aside). */
  public static void apply(Path file, Queues queues) {
    read(file)
        .forEach(
            (name, keys) -> {
              CallQueue queue = queues.queue(name);
              queue.configure(
                  queue.strategy(),
                  seconds(keys.get("timeout"), queue.memberTimeout()),
                  seconds(keys.get("retry"), queue.retry()));
              queue.variables(
                  "yes".equals(keys.get("setinterfacevar")),
                  "yes".equals(keys.get("setqueueentryvar")),
                  "yes".equals(keys.get("setqueuevar")));
              if ("yes".equals(keys.get("announce-position"))) {
                queue.announcePositions(
                    seconds(keys.get("announce-frequency"), Duration.ZERO),
                    seconds(keys.get("min-announce-frequency"), Duration.ofSeconds(15)));
              }
            });
  }

  private static Map<String, Map<String, String>> read(Path file) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    try {
      for (String raw : Files.readAllLines(file)) {
        String line = raw.replaceAll(";.*", "").strip();
        if (line.startsWith("[") && line.endsWith("]")) {
          String name = line.substring(1, line.length() - 1).strip();
          current = name.equals("general") ? null : new LinkedHashMap<>();
          if (current != null) {
            sections.put(name, current);
          }
        } else if (current != null && line.contains("=")) {
          int equals = line.indexOf('=');
          current.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + file, failure);
    }
    return sections;
  }

  private static Duration seconds(String value, Duration otherwise) {
    return value == null ? otherwise : Duration.ofSeconds(Long.parseLong(value));
  }
}
