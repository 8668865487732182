package fr.cci.hotline.asterisk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where the real Asterisk and sipp are on this machine. The Asterisk prefix is {@code
 * HOTLINE_TEST_ASTERISK} (environment) or the system property {@code hotline.test.asterisk}, else
 * {@code /opt/asterisk-22} (where {@code install-asterisk.sh} puts it); sipp is looked up on the
 * PATH. Debian's French sounds and music on hold come with the install script.
 */
record AsteriskInstallation(Path prefix, String version, Path sipp) {

  static final Path DEFAULT_PREFIX = Path.of("/opt/asterisk-22");
  static final Path FRENCH_SOUNDS = Path.of("/usr/share/asterisk/sounds/fr_CA");
  static final Path MUSIC_ON_HOLD = Path.of("/usr/share/asterisk/moh");

  Path binary() {
    return prefix.resolve("sbin/asterisk");
  }

  Path modules() {
    return prefix.resolve("lib/asterisk/modules");
  }

  Path documentation() {
    return prefix.resolve("var/lib/asterisk/documentation");
  }

  /** The installation, or why the real-PBX tests cannot run here. */
  static Lookup find() {
    Path prefix = configuredPrefix();
    Path binary = prefix.resolve("sbin/asterisk");
    if (!Files.isExecutable(binary)) {
      return Lookup.missing(
          "no Asterisk at "
              + binary
              + " (run install-asterisk.sh from the Asterisk kit, or set HOTLINE_TEST_ASTERISK)");
    }
    Optional<Path> sipp = onPath("sipp");
    if (sipp.isEmpty()) {
      return Lookup.missing("no sipp on the PATH (Debian package sip-tester)");
    }
    if (!Files.isDirectory(FRENCH_SOUNDS) || !Files.isDirectory(MUSIC_ON_HOLD)) {
      return Lookup.missing(
          "no French sounds or music on hold under /usr/share/asterisk (Debian packages"
              + " asterisk-core-sounds-fr-wav and asterisk-moh-opsound-wav)");
    }
    String version = run(binary.toString(), "-V").strip();
    return new Lookup(new AsteriskInstallation(prefix, version, sipp.get()), null);
  }

  /** Whether a missing Asterisk must fail the build instead of skipping (CI sets it). */
  static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("HOTLINE_REQUIRE_ASTERISK"));
  }

  private static Path configuredPrefix() {
    String configured = System.getenv("HOTLINE_TEST_ASTERISK");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("hotline.test.asterisk");
    }
    return configured == null || configured.isBlank() ? DEFAULT_PREFIX : Path.of(configured);
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String directory : path.split(":")) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      return new String(output, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      return "";
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** An installation found, or the reason there is none. */
  record Lookup(AsteriskInstallation installation, String missingReason) {
    static Lookup missing(String reason) {
      return new Lookup(null, reason);
    }

    boolean found() {
      return installation != null;
    }
  }
}
