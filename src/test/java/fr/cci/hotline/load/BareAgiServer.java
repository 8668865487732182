package fr.cci.hotline.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;

/**
 * The yardstick for the service's CPU per call: Asterisk-Java's own FastAGI server with a script
 * that only answers and sets one variable, in a JVM of its own ({@code BareAgiServer <port>}).
 */
final class BareAgiServer {

  private BareAgiServer() {}

  public static void main(String[] args) throws IOException {
    AgiScript answerAndSet =
        (AgiRequest request, AgiChannel channel) -> {
          try {
            channel.answer();
            channel.setVariable("HOTLINE_ACTION", "CONNECT");
          } catch (AgiException hungUp) {
            // the caller left: nothing more to do
          }
        };
    DefaultAgiServer server = new DefaultAgiServer(answerAndSet);
    server.setPort(Integer.parseInt(args[0]));
    server.setPoolSize(20);
    server.setMaximumPoolSize(1200);
    server.startup();
  }

  /** Starts it in a JVM of its own with this JVM's class path. */
  static Process start(int port, Path log) throws IOException {
    return new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                BareAgiServer.class.getName(),
                String.valueOf(port)))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
