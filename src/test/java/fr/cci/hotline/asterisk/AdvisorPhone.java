package fr.cci.hotline.asterisk;

import fr.cci.hotline.testing.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An advisor's desk phone: a sipp instance on loopback that Asterisk reaches through the static
 * contact of its endpoint (adv101…). It answers the PBX's qualify requests while switched on, and
 * each call as told. Change its behaviour between calls: the sipp instance is restarted.
 */
final class AdvisorPhone {

  static final Duration RING_FOREVER = Duration.ofHours(1);

  private final String endpoint;
  private final int port;
  private final Sipp sipp;
  private final Path folder;
  private int generation;
  private Process process;

  AdvisorPhone(String endpoint, int port, Sipp sipp, Path folder) {
    this.endpoint = endpoint;
    this.port = port;
    this.sipp = sipp;
    this.folder = folder;
  }

  String endpoint() {
    return endpoint;
  }

  int port() {
    return port;
  }

  /** Rings for {@code ring}, answers, and hangs up after {@code talk} unless the caller does. */
  synchronized AdvisorPhone answersAfter(Duration ring, Duration talk) {
    return run(false, ring, talk);
  }

  /** Rings until the PBX gives up (DIALSTATUS NOANSWER). */
  synchronized AdvisorPhone neverAnswers() {
    return run(false, RING_FOREVER, Duration.ofSeconds(1));
  }

  /** Refuses every call with 486 Busy Here (DIALSTATUS BUSY). */
  synchronized AdvisorPhone busy() {
    return run(true, Duration.ZERO, Duration.ZERO);
  }

  /** Nothing answers at its address any more: qualify fails, the contact turns Unreachable. */
  synchronized AdvisorPhone switchedOff() {
    Sipp.stop(process);
    process = null;
    return this;
  }

  synchronized boolean switchedOn() {
    return process != null && process.isAlive();
  }

  private AdvisorPhone run(boolean busy, Duration ring, Duration talk) {
    Sipp.stop(process);
    Path scenario =
        Sipp.scenario(
            "phone",
            Map.of(
                "BUSY", busy ? "1" : "0",
                "RING_MS", Long.toString(ring.toMillis()),
                "TALK_MS", Long.toString(Math.max(1, talk.toMillis()))),
            folder.resolve(endpoint + "-" + ++generation));
    process = sipp.start(scenario, "127.0.0.1", port, Ports.freeMediaBase(), null, List.of());
    return this;
  }
}
