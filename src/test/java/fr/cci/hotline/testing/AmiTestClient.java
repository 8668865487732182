package fr.cci.hotline.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A plain-socket AMI client for tests: sends actions, keeps every message received. Against the
 * simulator it sees what the service's actions did, as a second AMI session on a real Asterisk
 * would.
 */
public final class AmiTestClient implements AutoCloseable {

  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;
  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private final Thread reader;
  private volatile String banner;
  private volatile boolean closedByServer;

  public AmiTestClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    out = socket.getOutputStream();
    banner = in.readLine();
    reader = new Thread(this::readLoop, "ami-test-client");
    reader.setDaemon(true);
    reader.start();
  }

  public static AmiTestClient loggedIn(int port) throws IOException {
    AmiTestClient client = new AmiTestClient(port);
    client.send("Action: Login\r\nUsername: hotline\r\nSecret: hotline\r\nActionID: login\r\n\r\n");
    client.awaitMessage(m -> "login".equals(m.get("ActionID")));
    return client;
  }

  public String banner() {
    return banner;
  }

  public void send(String raw) throws IOException {
    out.write(raw.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  public void action(String... headers) throws IOException {
    StringBuilder raw = new StringBuilder();
    for (String header : headers) {
      raw.append(header).append("\r\n");
    }
    send(raw.append("\r\n").toString());
  }

  public Map<String, String> awaitMessage(Predicate<Map<String, String>> predicate) {
    // Polled every few milliseconds: the simulator runs faster than real time, a 100 ms poll
    // would be a simulated second late.
    return Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(2))
        .until(() -> received.stream().filter(predicate).findFirst(), java.util.Optional::isPresent)
        .orElseThrow();
  }

  public Map<String, String> awaitResponse(String actionId) {
    return awaitMessage(m -> actionId.equals(m.get("ActionID")) && m.containsKey("Response"));
  }

  public Map<String, String> awaitEvent(String name, Predicate<Map<String, String>> predicate) {
    return awaitMessage(m -> name.equals(m.get("Event")) && predicate.test(m));
  }

  /** Every event received so far, in order. */
  public List<Map<String, String>> events() {
    return received.stream().filter(m -> m.containsKey("Event")).toList();
  }

  public List<Map<String, String>> events(String name) {
    return received.stream().filter(m -> name.equals(m.get("Event"))).toList();
  }

  public List<String> eventNames() {
    List<String> names = new ArrayList<>();
    received.stream().filter(m -> m.containsKey("Event")).forEach(m -> names.add(m.get("Event")));
    return names;
  }

  public List<Map<String, String>> received() {
    return List.copyOf(received);
  }

  public boolean closedByServer() {
    return closedByServer;
  }

  private void readLoop() {
    Map<String, String> message = new LinkedHashMap<>();
    try {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          if (!message.isEmpty()) {
            received.add(message);
            message = new LinkedHashMap<>();
          }
          continue;
        }
        int colon = line.indexOf(": ");
        if (colon > 0) {
          message.putIfAbsent(line.substring(0, colon), line.substring(colon + 2));
        } else {
          message.putIfAbsent(line.replace(":", ""), "");
        }
      }
    } catch (IOException e) {
      // closed by the test
    }
    closedByServer = true;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
