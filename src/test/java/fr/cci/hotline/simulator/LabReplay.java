package fr.cci.hotline.simulator;

import fr.cci.hotline.testing.AmiTestClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * One capture replayed on the simulator: the client's actions of the capture are sent with their
 * ActionIDs, everything the simulator sends back is kept, then compared with what Asterisk sent.
 */
final class LabReplay {

  private static final String BANNER = "Asterisk Call Manager/11.0.0";
  private static final Duration SCENARIO_TIMEOUT = Duration.ofSeconds(30);

  /** Real time without new events after which a scenario counts as finished. */
  private static final long QUIET_MILLIS = 400;

  /** Real time without events after which the simulator has nothing more to say. */
  private static final long SILENCE_NANOS = 2_000_000_000L;

  private final String scenario;
  private final List<CaptureTranscript.Block> capture;
  private final LabFastAgiServer agi;
  private final List<String> sessionDifferences = new ArrayList<>();
  private List<Map<String, String>> received = List.of();
  private List<Map<String, String>> sideReceived = List.of();
  private List<CaptureTranscript.Block> sideCapture = List.of();
  private Runnable inboundCall;

  /** A SIP caller of the capture: placed after the login, as late as the capture shows. */
  LabReplay withInboundCall(Runnable place) {
    this.inboundCall = place;
    return this;
  }

  LabReplay(String scenario, List<CaptureTranscript.Block> capture, LabFastAgiServer agi) {
    this.scenario = scenario;
    this.capture = capture;
    this.agi = agi;
  }

  void play(int amiPort, double speed, List<CaptureTranscript.Block> side) throws Exception {
    List<CaptureTranscript.Block> actions = actions(capture);
    List<CaptureTranscript.Block> events = capture.stream().filter(b -> b.isEvent()).toList();
    try (AmiTestClient ami = new AmiTestClient(amiPort)) {
      checkBanner(ami);
      for (CaptureTranscript.Block action : actions.subList(0, actions.size() - 1)) {
        send(ami, action);
        ami.awaitResponse(action.headers().get("ActionID"));
      }
      if (inboundCall != null) {
        long loggedIn = actions.get(0).millis();
        long called =
            events.stream()
                .filter(e -> e.name().equals("Newchannel"))
                .findFirst()
                .orElseThrow()
                .millis();
        sleep((long) ((called - loggedIn) / speed));
        inboundCall.run();
      }
      if (side != null) {
        sideCapture = side;
        runSideSession(ami, amiPort, speed, events, side);
      }
      awaitEnd(ami, events.size());
      CaptureTranscript.Block logoff = actions.get(actions.size() - 1);
      send(ami, logoff);
      ami.awaitMessage(m -> "Goodbye".equals(m.get("Response")));
      received = ami.received();
    }
    dumpIfAsked();
  }

  /** -Dlab.dump=true writes what the simulator sent to target/lab-SCENARIO.txt, for diagnosis. */
  private void dumpIfAsked() throws IOException {
    if (!Boolean.getBoolean("lab.dump")) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (Map<String, String> message : received) {
      text.append("### <<<\n");
      message.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    }
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target", "lab-" + scenario + ".txt"), text.toString());
  }

  String scenario() {
    return scenario;
  }

  /** The events of the capture against the simulator's, as the class comment describes. */
  EventStreamComparison comparison() {
    List<CaptureTranscript.Block> events = capture.stream().filter(b -> b.isEvent()).toList();
    return EventStreamComparison.compare(
        AmiEventNormalizer.normalize(
            events.stream().map(CaptureTranscript.Block::headers).toList(),
            events.stream().map(CaptureTranscript.Block::millis).toList()),
        AmiEventNormalizer.normalize(
            received.stream().filter(m -> m.containsKey("Event")).toList(), null));
  }

  /** The same comparison holding every pair of events to its captured order (diagnostics). */
  EventStreamComparison strictComparison() {
    List<CaptureTranscript.Block> events = capture.stream().filter(b -> b.isEvent()).toList();
    return EventStreamComparison.compareStrictly(
        AmiEventNormalizer.normalize(
            events.stream().map(CaptureTranscript.Block::headers).toList(),
            events.stream().map(CaptureTranscript.Block::millis).toList()),
        AmiEventNormalizer.normalize(
            received.stream().filter(m -> m.containsKey("Event")).toList(), null));
  }

  /** The responses to the client's actions, in order, against the captured ones. */
  EventStreamComparison responseComparison() {
    return strictly(
        capture.stream().filter(b -> b.fromAsterisk() && !b.isEvent()).toList(),
        received.stream()
            .filter(m -> m.containsKey("Response") && !m.containsKey("Event"))
            .toList());
  }

  /** The second AMI session of the capture (S4's QueueStatus), message by message. */
  EventStreamComparison sideComparison() {
    return strictly(
        sideCapture.stream().filter(CaptureTranscript.Block::fromAsterisk).toList(), sideReceived);
  }

  /** Banner problems, FastAGI differences (environment, replies) and timeouts. */
  List<String> sessionDifferences() {
    List<String> all = new ArrayList<>(sessionDifferences);
    if (agi != null) {
      agi.differences().forEach(d -> all.add("FastAGI " + d));
    }
    return all;
  }

  private static EventStreamComparison strictly(
      List<CaptureTranscript.Block> captured, List<Map<String, String>> simulated) {
    return EventStreamComparison.compareStrictly(
        AmiEventNormalizer.normalize(
            captured.stream().map(CaptureTranscript.Block::headers).toList(),
            captured.stream().map(CaptureTranscript.Block::millis).toList()),
        AmiEventNormalizer.normalize(simulated, null));
  }

  private void runSideSession(
      AmiTestClient main,
      int amiPort,
      double speed,
      List<CaptureTranscript.Block> events,
      List<CaptureTranscript.Block> side)
      throws IOException {
    long start = side.get(0).millis();
    // The side session logged in a while after the last event before it: wait for that event.
    CaptureTranscript.Block trigger =
        events.stream().filter(e -> e.millis() < start).reduce((a, b) -> b).orElseThrow();
    long count =
        events.stream()
            .filter(e -> e.millis() <= trigger.millis())
            .filter(e -> e.name().equals(trigger.name()))
            .count();
    main.awaitMessage(m -> main.events(trigger.name()).size() >= count);
    sleep((long) ((start - trigger.millis()) / speed));
    try (AmiTestClient ami = new AmiTestClient(amiPort)) {
      checkBanner(ami);
      for (CaptureTranscript.Block action : actions(side)) {
        send(ami, action);
        ami.awaitResponse(action.headers().get("ActionID"));
        if (action.headers().containsKey("Queue")) {
          String listEnd = action.headers().get("Action") + "Complete";
          ami.awaitEvent(listEnd, e -> true);
        }
      }
      sideReceived = ami.received();
    }
  }

  /**
   * Waits for as many events as the capture has, or for a silence longer than any pause within a
   * scenario (the comparison then tells what is missing), then for the stragglers.
   */
  private void awaitEnd(AmiTestClient ami, int capturedEvents) {
    long[] last = {System.nanoTime(), 0};
    try {
      Awaitility.await()
          .atMost(SCENARIO_TIMEOUT)
          .pollInterval(Duration.ofMillis(10))
          .until(
              () -> {
                int count = ami.events().size();
                if (count != last[1]) {
                  last[0] = System.nanoTime();
                  last[1] = count;
                }
                return count >= capturedEvents || System.nanoTime() - last[0] > SILENCE_NANOS;
              });
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      sessionDifferences.add(
          "timed out with " + ami.events().size() + " of " + capturedEvents + " events");
    }
    int seen;
    do {
      seen = ami.received().size();
      sleep(QUIET_MILLIS);
    } while (ami.received().size() != seen);
  }

  private void checkBanner(AmiTestClient ami) {
    if (!BANNER.equals(ami.banner())) {
      sessionDifferences.add("banner " + ami.banner());
    }
  }

  private static List<CaptureTranscript.Block> actions(List<CaptureTranscript.Block> blocks) {
    return blocks.stream().filter(b -> !b.fromAsterisk()).toList();
  }

  private static void send(AmiTestClient ami, CaptureTranscript.Block action) throws IOException {
    StringBuilder raw = new StringBuilder();
    action.headers().forEach((k, v) -> raw.append(k).append(": ").append(v).append("\r\n"));
    ami.send(raw.append("\r\n").toString());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
