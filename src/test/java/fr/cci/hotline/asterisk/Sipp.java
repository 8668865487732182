package fr.cci.hotline.asterisk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs sipp with a scenario from {@code src/test/resources/asterisk/sipp/}, its {@code {{NAME}}}
 * placeholders filled in; sipp's messages and errors are kept in {@code folder} for a failing
 * test's reader.
 */
final class Sipp {

  private final Path executable;

  Sipp(Path executable) {
    this.executable = executable;
  }

  /** Writes the scenario with its placeholders replaced into {@code folder}. */
  static Path scenario(String template, Map<String, String> values, Path folder) {
    String text;
    try (InputStream in = Sipp.class.getResourceAsStream("/asterisk/sipp/" + template + ".xml")) {
      if (in == null) {
        throw new IllegalStateException("no sipp scenario " + template);
      }
      text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      for (var value : values.entrySet()) {
        text = text.replace("{{" + value.getKey() + "}}", value.getValue());
      }
      if (text.contains("{{")) {
        throw new IllegalStateException("scenario " + template + " has an unfilled placeholder");
      }
      Files.createDirectories(folder);
      Path file = folder.resolve(template + ".xml");
      Files.writeString(file, text, StandardCharsets.ISO_8859_1);
      return file;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /**
   * Starts sipp on {@code localAddress:localPort} with media on {@code mediaPort}; {@code target}
   * is the PBX for a caller ({@code 127.0.0.1:5060}), null for a phone that only answers.
   */
  Process start(
      Path scenario,
      String localAddress,
      int localPort,
      int mediaPort,
      String target,
      List<String> extra) {
    Path folder = scenario.getParent();
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    if (target != null) {
      command.add(target);
    }
    command.addAll(
        List.of(
            "-sf",
            scenario.toString(),
            "-i",
            localAddress,
            "-p",
            Integer.toString(localPort),
            "-mp",
            Integer.toString(mediaPort),
            "-nostdin",
            "-trace_err",
            "-error_file",
            folder.resolve("errors.log").toString(),
            "-trace_msg",
            "-message_file",
            folder.resolve("messages.log").toString()));
    command.addAll(extra);
    try {
      return new ProcessBuilder(command)
          .directory(folder.toFile())
          .redirectErrorStream(true)
          .redirectOutput(folder.resolve("screen.log").toFile())
          .start();
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot start sipp", failure);
    }
  }

  static void stop(Process process) {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
