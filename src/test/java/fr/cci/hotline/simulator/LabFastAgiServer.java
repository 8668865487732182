package fr.cci.hotline.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab's FastAGI server for one scenario: it sends the captured commands in order (with the
 * channel name of this run), sleeps where the lab server slept, or closes at once (S7), and keeps
 * what the simulator answered so that the test can hold it against the capture.
 */
final class LabFastAgiServer implements AutoCloseable {

  private static final Pattern SEQUENCE = Pattern.compile("-[0-9a-f]{8}(;[12])");
  private static final Pattern AGI_PORT = Pattern.compile("(agi://[^/:\\s]+):\\d+");

  /** Environment keys whose value differs by nature between two runs. */
  private static final List<String> UNCOMPARED = List.of("agi_uniqueid", "agi_threadid");

  private final LabFastAgiCapture.Conversation conversation;
  private final double speed;
  private final TestFastAgiServer server;
  private final List<String> differences = new CopyOnWriteArrayList<>();
  private volatile boolean connected;

  LabFastAgiServer(LabFastAgiCapture.Conversation conversation, double speed) throws IOException {
    this.conversation = conversation;
    this.speed = speed;
    this.server = new TestFastAgiServer(this::serve);
  }

  int port() {
    return server.port();
  }

  /** Where the simulator's FastAGI side differed from the capture; empty when it did not. */
  List<String> differences() {
    List<String> all = new ArrayList<>(differences);
    if (!connected) {
      all.add("the simulator never connected");
    }
    return all;
  }

  private void serve(TestFastAgiServer.Session session) throws IOException {
    connected = true;
    compareEnvironment(session.environment());
    if (conversation.closesAtOnce()) {
      return;
    }
    String capturedChannel = conversation.environment().get("agi_channel");
    String channel = session.environment().get("agi_channel");
    for (LabFastAgiCapture.Step step : conversation.steps()) {
      if (step instanceof LabFastAgiCapture.Pause pause) {
        sleep(pause.seconds());
      } else if (step instanceof LabFastAgiCapture.Command command) {
        List<String> replies = session.exchange(command.line().replace(capturedChannel, channel));
        List<String> asCaptured =
            replies.stream().map(r -> r.replace(channel, capturedChannel)).toList();
        if (!asCaptured.equals(command.replies())) {
          differences.add(command.line() + " -> " + replies + ", captured " + command.replies());
        }
      }
    }
  }

  private void compareEnvironment(Map<String, String> actual) {
    Map<String, String> want = normalized(conversation.environment());
    Map<String, String> got = normalized(actual);
    if (!List.copyOf(want.keySet()).equals(List.copyOf(got.keySet()))) {
      differences.add("agi_* keys " + got.keySet() + ", captured " + want.keySet());
    }
    want.forEach(
        (key, value) -> {
          if (!value.equals(got.get(key))) {
            differences.add(key + ": " + got.get(key) + ", captured " + value);
          }
        });
  }

  private static Map<String, String> normalized(Map<String, String> environment) {
    Map<String, String> out = new LinkedHashMap<>();
    environment.forEach(
        (key, value) -> {
          String normal = UNCOMPARED.contains(key) ? "*" : value;
          normal = SEQUENCE.matcher(normal).replaceAll("-N$1");
          Matcher port = AGI_PORT.matcher(normal);
          out.put(key, port.replaceAll("$1:PORT"));
        });
    return out;
  }

  private void sleep(double simulatedSeconds) {
    try {
      Thread.sleep((long) (simulatedSeconds * 1000 / speed));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
