package fr.cci.hotline.asterisk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real Asterisk process on loopback, run as {@code start-pbx.sh} of the Asterisk kit does:
 * every runtime folder under {@code runDirectory}, the configuration copied in, French sounds and
 * the project's prompts linked in as {@code sounds/fr} and {@code sounds/fr/hotline}. A restart
 * keeps the run folder, so the AstDB (persistent queue members) survives as on a real PBX.
 */
final class AsteriskServer implements AutoCloseable {

  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(60);

  private final AsteriskInstallation installation;
  private final Path runDirectory;
  private final Path prompts;
  private final int amiPort;
  private Process process;

  AsteriskServer(AsteriskInstallation installation, Path runDirectory, Path prompts, int amiPort) {
    this.installation = installation;
    this.runDirectory = runDirectory.toAbsolutePath();
    this.prompts = prompts.toAbsolutePath();
    this.amiPort = amiPort;
  }

  /** Prepares the run folder around {@code configuration} and starts Asterisk. */
  void start(Path configuration) {
    try {
      Path etc = runDirectory.resolve("etc");
      for (String folder : List.of("etc", "run", "log", "spool", "lib", "cache", "agi-bin")) {
        Files.createDirectories(runDirectory.resolve(folder));
      }
      try (Stream<Path> files = Files.list(configuration)) {
        for (Path file : files.toList()) {
          Files.copy(
              file,
              etc.resolve(file.getFileName()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(
          etc.resolve("asterisk.conf"),
          directories() + Files.readString(configuration.resolve("asterisk.conf")));
      linkSounds();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    launch();
  }

  /** Starts Asterisk again after {@link #stop()}, with the same run folder and AstDB. */
  void startAgain() {
    if (!isRunning()) {
      launch();
    }
  }

  boolean isRunning() {
    return process != null && process.isAlive();
  }

  Path runDirectory() {
    return runDirectory;
  }

  Path messagesLog() {
    return runDirectory.resolve("log/messages.log");
  }

  /** Runs a CLI command ({@code queue show hotline-fallback}) and returns its output. */
  String cli(String command) {
    return AsteriskInstallation.run(
        installation.binary().toString(), "-C", configFile().toString(), "-rx", command);
  }

  void stop() {
    if (!isRunning()) {
      return;
    }
    cli("core stop now");
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  private void launch() {
    try {
      process =
          new ProcessBuilder(
                  installation.binary().toString(), "-C", configFile().toString(), "-f", "-n")
              .redirectErrorStream(true)
              .redirectOutput(runDirectory.resolve("log/console.out").toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot start " + installation.binary(), failure);
    }
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    while (!cli("core waitfullybooted").contains("fully booted")) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Asterisk exited at start; see " + runDirectory.resolve("log/console.out"));
      }
      pause(deadline, "Asterisk to boot");
    }
    while (!amiBanner().startsWith("Asterisk Call Manager/")) {
      pause(deadline, "the AMI banner on port " + amiPort);
    }
  }

  private String amiBanner() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", amiPort), 1000);
      socket.setSoTimeout(2000);
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    } catch (IOException notYet) {
      return "";
    }
  }

  private static void pause(Instant deadline, String what) {
    if (Instant.now().isAfter(deadline)) {
      throw new IllegalStateException("timed out waiting for " + what);
    }
    try {
      Thread.sleep(200);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + what);
    }
  }

  private Path configFile() {
    return runDirectory.resolve("etc/asterisk.conf");
  }

  private String directories() {
    Path data = runDirectory.resolve("data");
    Path lib = runDirectory.resolve("lib");
    return String.join(
        "\n",
        "[directories]",
        "astetcdir => " + runDirectory.resolve("etc"),
        "astmoddir => " + installation.modules(),
        "astdatadir => " + data,
        "astvarlibdir => " + lib,
        "astdbdir => " + lib,
        "astkeydir => " + lib,
        "astcachedir => " + runDirectory.resolve("cache"),
        "astagidir => " + runDirectory.resolve("agi-bin"),
        "astspooldir => " + runDirectory.resolve("spool"),
        "astrundir => " + runDirectory.resolve("run"),
        "astlogdir => " + runDirectory.resolve("log"),
        "astsbindir => " + installation.prefix().resolve("sbin"),
        "",
        "");
  }

  /** Debian's French sounds as language {@code fr}, the project's prompts as {@code hotline/}. */
  private void linkSounds() throws IOException {
    Path data = runDirectory.resolve("data");
    Path french = data.resolve("sounds/fr");
    Files.createDirectories(french);
    link(data.resolve("documentation"), installation.documentation());
    link(data.resolve("moh"), AsteriskInstallation.MUSIC_ON_HOLD);
    try (Stream<Path> entries = Files.list(AsteriskInstallation.FRENCH_SOUNDS.toRealPath())) {
      for (Path entry : entries.toList()) {
        link(french.resolve(entry.getFileName().toString()), entry);
      }
    }
    link(french.resolve("hotline"), prompts);
  }

  private static void link(Path link, Path target) throws IOException {
    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, target);
    }
  }
}
