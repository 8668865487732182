package fr.cci.hotline.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A plain FastAGI server for tests: each connection runs the given script on its own thread. */
final class TestFastAgiServer implements AutoCloseable {

  /** What the test's script does with one AGI session. */
  @FunctionalInterface
  interface Script {
    void run(Session session) throws IOException;
  }

  /** One FastAGI connection seen from the service's side. */
  static final class Session {
    private final BufferedReader in;
    private final OutputStream out;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> transcript = new CopyOnWriteArrayList<>();

    Session(Socket socket) throws IOException {
      in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      out = socket.getOutputStream();
      String line;
      while ((line = in.readLine()) != null && !line.isEmpty()) {
        int colon = line.indexOf(": ");
        environment.put(line.substring(0, colon), line.substring(colon + 2));
        transcript.add("<<< " + line);
      }
    }

    Map<String, String> environment() {
      return environment;
    }

    List<String> transcript() {
      return transcript;
    }

    /** Sends a command and returns its reply, skipping an unsolicited HANGUP line. */
    String command(String command) throws IOException {
      List<String> lines = exchange(command);
      return lines.get(lines.size() - 1);
    }

    /** Sends a command and returns every line that came back: HANGUP first if there was one. */
    List<String> exchange(String command) throws IOException {
      transcript.add(">>> " + command);
      out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      List<String> lines = new java.util.ArrayList<>();
      String reply = in.readLine();
      transcript.add("<<< " + reply);
      lines.add(reply);
      if ("HANGUP".equals(reply)) {
        reply = in.readLine();
        transcript.add("<<< " + reply);
        lines.add(reply);
      }
      return lines;
    }
  }

  private final ServerSocket server;
  private final List<Session> sessions = new CopyOnWriteArrayList<>();

  TestFastAgiServer(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket socket = server.accept();
                  Thread worker = new Thread(() -> serve(socket, script), "test-agi");
                  worker.setDaemon(true);
                  worker.start();
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "test-agi-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server that accepts and closes at once, like a crashing FastAGI app. */
  static TestFastAgiServer crashing() throws IOException {
    return new TestFastAgiServer(session -> {});
  }

  int port() {
    return server.getLocalPort();
  }

  List<Session> sessions() {
    return sessions;
  }

  /** A port on which nothing listens. */
  static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  private void serve(Socket socket, Script script) {
    try (socket) {
      Session session = new Session(socket);
      sessions.add(session);
      script.run(session);
    } catch (IOException e) {
      // the simulator hung up
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
