package fr.cci.hotline.asterisk;

import static org.awaitility.Awaitility.await;

import fr.cci.hotline.testing.AgiSession;
import fr.cci.hotline.testing.ObservedCall;
import fr.cci.hotline.testing.Ports;
import fr.cci.hotline.testing.WireRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Asterisk 22 of the test suite with everything around it: the configuration generated
 * from {@code asterisk-config/}, one sipp phone per advisor endpoint, sipp callers on the operator
 * trunk, and two wire recorders — FastAGI between Asterisk and the service, AMI between the service
 * and Asterisk — that show what the service observed. One per test JVM, started on first use and
 * stopped when the JVM ends.
 */
final class RealPbx implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RealPbx.class);

  /**
   * The advisors' desk phones of the tests' team ({@code
   * src/test/resources/asterisk/advisors.yml}).
   */
  static final List<String> PHONES = List.of("adv101", "adv102", "adv103", "adv105", "adv107");

  static final String AMI_USER = "hotline";
  static final String AMI_SECRET = "real-pbx-test-secret";

  private static RealPbx shared;

  private final AsteriskInstallation installation;
  private final Path folder;
  private final PbxConfiguration configuration;
  private final AsteriskServer asterisk;
  private final WireRecorder agiWire;
  private final WireRecorder amiWire;
  private final Sipp sipp;
  private final Map<String, AdvisorPhone> phones = new LinkedHashMap<>();
  private final AdvisorPhone owner;
  private final List<Process> callers = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The suite's PBX, started on first use; fails with the reason when none is installed. */
  static synchronized RealPbx shared() {
    if (shared == null) {
      AsteriskInstallation.Lookup lookup = AsteriskInstallation.find();
      if (!lookup.found()) {
        throw new IllegalStateException("Real-PBX tests cannot run: " + lookup.missingReason());
      }
      shared = new RealPbx(lookup.installation());
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "real-pbx-stop"));
    }
    return shared;
  }

  private RealPbx(AsteriskInstallation installation) {
    this.installation = installation;
    this.folder =
        Path.of(
                "target",
                "real-pbx",
                DateTimeFormatter.ofPattern("HHmmss").format(java.time.LocalTime.now())
                    + "-"
                    + ProcessHandle.current().pid())
            .toAbsolutePath();
    this.sipp = new Sipp(installation.sipp());
    this.agiWire = new WireRecorder("agi-wire", 0, null);
    int amiPort = Ports.freeTcp();
    Map<String, Integer> phonePorts = new LinkedHashMap<>();
    PHONES.forEach(endpoint -> phonePorts.put(endpoint, Ports.freeUdp()));
    this.configuration =
        new PbxConfiguration(
            Path.of("asterisk-config"),
            amiPort,
            AMI_SECRET,
            Ports.freeUdp(),
            Ports.freeUdp(),
            agiWire.port(),
            phonePorts);
    this.amiWire = new WireRecorder("ami-wire", 0, new InetSocketAddress("127.0.0.1", amiPort));
    Path generated = folder.resolve("config");
    configuration.writeTo(generated);
    this.asterisk =
        new AsteriskServer(
            installation, folder.resolve("run"), Path.of("asterisk-config/sounds"), amiPort);
    Instant started = Instant.now();
    asterisk.start(generated);
    phonePorts.forEach(
        (endpoint, port) ->
            phones.put(endpoint, new AdvisorPhone(endpoint, port, sipp, folder.resolve("phones"))));
    this.owner =
        new AdvisorPhone("owner", configuration.trunkPort(), sipp, folder.resolve("phones"));
    log.info(
        "Real PBX: {} in {} ms, SIP 127.0.0.1:{}, AMI via 127.0.0.1:{}, run folder {}",
        installation.version(),
        Duration.between(started, Instant.now()).toMillis(),
        configuration.sipPort(),
        amiWire.port(),
        folder);
  }

  /** The run folder: generated configuration, Asterisk's logs, sipp traces, kept comparisons. */
  Path folder() {
    return folder;
  }

  String version() {
    return installation.version();
  }

  /** The AMI port the service logs in to (the recorder in front of Asterisk). */
  int amiPort() {
    return amiWire.port();
  }

  /** Where the FastAGI recorder forwards the dialplan's calls: the service under test. */
  void serviceAgiPort(int port) {
    agiWire.upstream(new InetSocketAddress("127.0.0.1", port));
  }

  WireRecorder agiWire() {
    return agiWire;
  }

  WireRecorder amiWire() {
    return amiWire;
  }

  PbxConfiguration configuration() {
    return configuration;
  }

  AdvisorPhone phone(String endpoint) {
    AdvisorPhone phone = phones.get(endpoint);
    if (phone == null) {
      throw new IllegalArgumentException("no test phone " + endpoint + "; phones: " + PHONES);
    }
    return phone;
  }

  /**
   * The business owners the hotline calls back: a sipp phone behind the operator trunk's outbound
   * contact, so it takes every number dialled as {@code PJSIP/<number>@operator}. Switched off
   * (nothing answers on the trunk) until a test tells it how to answer.
   */
  AdvisorPhone owner() {
    return owner;
  }

  /**
   * Whether Asterisk's qualify has found the owners' phone behind the trunk answering; asks for a
   * qualify now (the trunk's own comes every 60 s).
   */
  boolean ownerReachable() {
    cli("pjsip qualify operator");
    return cli("pjsip show contacts")
        .lines()
        .anyMatch(line -> line.contains("operator/sip:") && line.contains("Avail"));
  }

  /** Places a call from the operator trunk to the regional number. */
  SippCall call(CallPlan plan) {
    Path callFolder =
        folder.resolve("calls").resolve(plan.callerNumber() + "-" + System.nanoTime());
    try {
      Files.createDirectories(callFolder);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    Path pcap = callFolder.resolve("keys.pcap");
    DtmfPcap.write(pcap, plan.presses());
    Path scenario =
        Sipp.scenario(
            "caller",
            Map.of(
                "DIALLED",
                "0232100900",
                "FROM",
                "<sip:" + plan.callerNumber() + "@[local_ip]>",
                "PCAP",
                pcap.toString(),
                "HANGUP_MS",
                Long.toString(plan.hangUpAfter().toMillis())),
            callFolder);
    Process process =
        sipp.start(
            scenario,
            "127.0.0.1",
            Ports.freeUdp(),
            Ports.freeMediaBase(),
            "127.0.0.1:" + configuration.sipPort(),
            List.of("-m", "1"));
    callers.add(process);
    return new SippCall(plan.callerNumber(), process, callFolder, this);
  }

  /** Dials a feature code ({@code *41}) from an advisor's desk phone, authenticated as it. */
  void dialFeatureCode(String endpoint, String code) {
    Path callFolder = folder.resolve("feature-codes").resolve(endpoint + "-" + System.nanoTime());
    Path scenario =
        Sipp.scenario("feature-code", Map.of("CODE", code, "ENDPOINT", endpoint), callFolder);
    // Another loopback address: calls from 127.0.0.1 are taken for the operator trunk.
    Process process =
        sipp.start(
            scenario,
            "127.0.0.2",
            Ports.freeUdp(),
            Ports.freeMediaBase(),
            "127.0.0.1:" + configuration.sipPort(),
            List.of("-m", "1", "-au", endpoint, "-ap", PbxConfiguration.PHONE_PASSWORD));
    try {
      if (!process.waitFor(40, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError(
            "feature code " + code + " from " + endpoint + " failed; see " + callFolder);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    } finally {
      Sipp.stop(process);
    }
  }

  /** {@link #hangUpEverything()} on the suite's PBX, when one was started. */
  static synchronized void hangUpEverythingIfStarted() {
    if (shared != null) {
      shared.hangUpEverything();
    }
  }

  /**
   * Ends every call still up (a test that failed half-way leaves its callers on the line): Asterisk
   * hangs up all channels and the callers' sipp instances stop.
   */
  void hangUpEverything() {
    if (callers.stream().anyMatch(Process::isAlive)) {
      cli("channel request hangup all");
    }
    callers.forEach(Sipp::stop);
    callers.clear();
  }

  ObservedCall observe(String callerNumber) {
    return ObservedCall.of(callerNumber, agiWire, amiWire);
  }

  /** Writes a text for a reader of a failing test into the run folder; returns its path. */
  Path keep(String name, String text) {
    try {
      Path file = folder.resolve(name);
      Files.writeString(file, text);
      return file;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Stops Asterisk ({@code core stop now}); the service under test stays up. */
  void stopAsterisk() {
    asterisk.stop();
  }

  /** Starts Asterisk again with the same configuration and AstDB, as after a PBX restart. */
  void startAsterisk() {
    asterisk.startAgain();
  }

  /** The FastAGI sessions of one script ({@code hotline-advisor?code=login}), oldest first. */
  List<AgiSession> agiSessions(String script) {
    return agiWire.connections().stream()
        .map(AgiSession::of)
        .filter(session -> session.script().equals(script))
        .toList();
  }

  /** Asterisk's log lines about one channel ({@code PJSIP/operator-00000003}). */
  List<String> messagesAbout(String channel) {
    return messagesLog().stream().filter(line -> line.contains(channel)).toList();
  }

  /**
   * The fallback queue's line for one advisor's phone as {@code queue show} prints it ({@code
   * Claire Caen (PJSIP/adv101 from …) (paused:no-answer was 3 secs ago) …}), or null when not a
   * member.
   */
  String queueMember(String endpoint) {
    return cli("queue show hotline-fallback")
        .lines()
        .map(String::strip)
        .filter(line -> line.matches(".*\\(PJSIP/" + endpoint + "[ )].*"))
        .findFirst()
        .orElse(null);
  }

  /**
   * Waits until app_queue counts the member as available to ring (is_our_turn): a member, not
   * paused, its device neither in use (ringinuse = no) nor unavailable — a phone just restarted is
   * qualified at once rather than at the next periodic qualify. Fails with the member's last line.
   */
  void awaitAvailableInFallbackQueue(String endpoint) {
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              String member = queueMember(endpoint);
              if (member != null && member.contains("(Unavailable)")) {
                cli("pjsip qualify " + endpoint);
              }
              return member;
            },
            member ->
                member != null && member.contains("(Not in use)") && !member.contains("(paused"));
  }

  String cli(String command) {
    return asterisk.cli(command);
  }

  /** Asterisk's own log ({@code messages.log}: every dialplan step and played file). */
  List<String> messagesLog() {
    try {
      return Files.readAllLines(
          asterisk.messagesLog(), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  @Override
  public synchronized void close() {
    phones.values().forEach(AdvisorPhone::switchedOff);
    owner.switchedOff();
    asterisk.close();
    agiWire.close();
    amiWire.close();
  }
}
