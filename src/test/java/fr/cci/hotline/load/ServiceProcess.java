package fr.cci.hotline.load;

import fr.cci.hotline.testing.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code java -jar target/hotline-*.jar}) started as a process of its own,
 * pointed at the simulator's AMI port, with its log in its work folder: open every day, no wrap-up,
 * free ports.
 */
final class ServiceProcess implements AutoCloseable {

  static final String ADMIN_PASSWORD = "admin-test-password";

  private final Process process;
  private final int httpPort;
  private final int managementPort;
  private final int agiPort;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServiceProcess(Process process, int httpPort, int managementPort, int agiPort, Path log) {
    this.process = process;
    this.httpPort = httpPort;
    this.managementPort = managementPort;
    this.agiPort = agiPort;
    this.log = log;
  }

  /** Starts the jar and waits until its AMI link is up. */
  static ServiceProcess start(Path jar, Path workDir, int amiPort, LoadDatabase database) {
    int httpPort = Ports.freeTcp();
    int managementPort = Ports.freeTcp();
    int agiPort = Ports.freeTcp();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Extra JVM options for a profiled run, e.g.
    // LOAD_SERVICE_JAVA_OPTS=-XX:StartFlightRecording=...
    String extraOptions = System.getenv().getOrDefault("LOAD_SERVICE_JAVA_OPTS", "").strip();
    if (!extraOptions.isEmpty()) {
      command.addAll(List.of(extraOptions.split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(database.settings());
    command.addAll(
        List.of(
            "--server.port=" + httpPort,
            "--management.server.port=" + managementPort,
            "--hotline.telephony.agi.port=" + agiPort,
            "--hotline.telephony.ami.port=" + amiPort,
            "--hotline.telephony.ami.username=hotline",
            "--hotline.cases.journal-dir=" + workDir.resolve("case-journal"),
            "--hotline.advisors.wrap-up=0s",
            "--hotline.ivr.opening-hours[0]=MON-SUN 00:00-24:00",
            "--hotline.ivr.french-public-holidays=false"));
    Path log = workDir.resolve("service.log");
    try {
      Files.createDirectories(workDir);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("HOTLINE_AMI_PASSWORD", "hotline");
      builder.environment().put("HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD);
      ServiceProcess service =
          new ServiceProcess(builder.start(), httpPort, managementPort, agiPort, log);
      service.awaitAmiLink(Duration.ofMinutes(2));
      service.awaitLogLine("created administrator", Duration.ofMinutes(1));
      return service;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  long pid() {
    return process.pid();
  }

  int httpPort() {
    return httpPort;
  }

  int agiPort() {
    return agiPort;
  }

  Path log() {
    return log;
  }

  Scrape scrape() {
    try {
      HttpResponse<String> metrics =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Scrape(metrics.body());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** Lines of the service's log that contain {@code text}. */
  long logLinesContaining(String text) {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private void awaitAmiLink(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped during start-up: see " + log);
      }
      try {
        if (scrape().value("hotline_ami_connected") == 1.0) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // the management port is not open yet
      }
      Pause.of(Duration.ofMillis(500));
    }
    throw new IllegalStateException("no AMI link after " + limit + ": see " + log);
  }

  /** The seed and the first administrator are made once the service has started: waits for them. */
  private void awaitLogLine(String text, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (logLinesContaining(text) == 0) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("no \"" + text + "\" in " + log);
      }
      Pause.of(Duration.ofMillis(200));
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
