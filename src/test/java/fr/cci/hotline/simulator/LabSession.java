package fr.cci.hotline.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lab of the captures, rebuilt on the simulator: the reconstructed lab dialplan, the queues
 * support, sipqueue and noanswer with their static members, the AMI user javaapp. The captures were
 * taken one after the other on one Asterisk, whose state carries over (channel numbers, rrmemory's
 * position, queue counters, cached device states): replay them in the same order on one session.
 */
final class LabSession implements AutoCloseable {

  /** Simulated seconds per real second: the whole S0-S8 session takes a few seconds. */
  static final double SPEED = 10;

  private static final Logger log = LoggerFactory.getLogger(LabSession.class);
  private static final Path DIALPLAN = Path.of("src/test/resources/simulator/lab-extensions.conf");

  private final PbxSimulator simulator;
  private final Map<String, LabFastAgiCapture.Conversation> fastAgi;

  private LabSession(PbxSimulator simulator, Map<String, LabFastAgiCapture.Conversation> fastAgi) {
    this.simulator = simulator;
    this.fastAgi = fastAgi;
  }

  static LabSession start() throws IOException {
    PbxSimulator simulator =
        PbxSimulator.start(
            SimulatorSettings.defaults()
                .withAmiCredentials("javaapp", "javapass")
                .withDialplan(DIALPLAN)
                .withSpeed(SPEED));
    // queues.conf of the lab, in the order Asterisk lists them (QueueSummary of S0).
    simulator
        .queue("support")
        .strategy("rrmemory")
        .setInterfaceVariables(true)
        .setQueueEntryVariables(true)
        .setQueueVariables(true)
        .staticMember("Local/advisor101@advisors", "Advisor 101")
        .staticMember("Local/advisor102@advisors", "Advisor 102")
        .staticMember("Local/advisor103@advisors", "Advisor 103");
    // sipp's advisors: endpoints adv201, adv202 in context advisors, answering at once.
    simulator.advisorsContext("advisors");
    simulator.advisor("adv201").answersAfter(Duration.ZERO, Duration.ofMinutes(1));
    simulator.advisor("adv202").answersAfter(Duration.ZERO, Duration.ofMinutes(1));
    simulator
        .queue("sipqueue")
        .strategy("linear")
        .staticMember("PJSIP/adv201", "SIP Advisor 201")
        .staticMember("PJSIP/adv202", "SIP Advisor 202");
    // "Nobody picked up in 4000 ms", next member 1 s later.
    simulator
        .queue("noanswer")
        .strategy("linear")
        .memberRingTimeout(Duration.ofSeconds(4))
        .retry(Duration.ofSeconds(1))
        .staticMember("Local/advisor109@advisors", "Advisor 109 (never answers)")
        .staticMember("Local/advisor102@advisors", "Advisor 102");
    return new LabSession(
        simulator, LabFastAgiCapture.read("/simulator/lab/fastagi-transcript.txt"));
  }

  PbxSimulator simulator() {
    return simulator;
  }

  /** Replays a scenario whose FastAGI conversation is in fastagi-transcript.txt. */
  LabReplay replay(String amiCapture, String scenario) throws Exception {
    return replay(amiCapture, scenario, null);
  }

  /**
   * Replays one capture: the lab FastAGI server of that scenario listens (or nothing listens when
   * the scenario has no conversation), the client side of the capture is played on the AMI, and the
   * events the simulator sends are kept for comparison.
   *
   * @param sideCapture a second AMI session of the capture (S4's QueueStatus), or null
   */
  LabReplay replay(String amiCapture, String scenario, String sideCapture) throws Exception {
    return replay(amiCapture, scenario, sideCapture, null);
  }

  /** Replays a capture whose call comes from a SIP phone (sipp in S9, S10): the script plays it. */
  LabReplay replayInbound(String amiCapture, String scenario, CallerScript caller)
      throws Exception {
    return replay(amiCapture, scenario, null, caller);
  }

  private LabReplay replay(
      String amiCapture, String scenario, String sideCapture, CallerScript caller)
      throws Exception {
    List<CaptureTranscript.Block> capture = CaptureTranscript.read(resource(amiCapture));
    LabFastAgiCapture.Conversation conversation = fastAgi.get(scenario);
    boolean listening = conversation != null && !conversation.environment().isEmpty();
    try (LabFastAgiServer agi = listening ? new LabFastAgiServer(conversation, SPEED) : null) {
      int port = agi != null ? agi.port() : TestFastAgiServer.freePort();
      simulator.global("FASTAGI_URL", "agi://127.0.0.1:" + port);
      LabReplay replay = new LabReplay(scenario, capture, agi);
      if (caller != null) {
        replay.withInboundCall(() -> simulator.call(caller));
      }
      replay.play(
          simulator.amiPort(), SPEED, sideCapture == null ? null : sideSession(sideCapture));
      log.info("{} {}", scenario, replay.comparison().report());
      log.info(
          "{}: {} pairs of simultaneous events of different channels in another order than"
              + " captured (allowed: they race on Asterisk too)",
          scenario,
          replay.strictComparison().differences().stream()
              .filter(d -> d.startsWith("order"))
              .count());
      return replay;
    }
  }

  private static List<CaptureTranscript.Block> sideSession(String capture) throws IOException {
    return CaptureTranscript.read(resource(capture));
  }

  static String resource(String capture) {
    return capture.equals("ami-basics-transcript.txt")
        ? "/simulator/" + capture
        : "/simulator/lab/" + capture;
  }

  @Override
  public void close() {
    simulator.close();
  }
}
