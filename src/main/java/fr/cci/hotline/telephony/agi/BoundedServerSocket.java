package fr.cci.hotline.telephony.agi;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * The FastAGI listening socket. Each connection it accepts is bounded in time (see {@link
 * BoundedConnection}): a peer that does not send its whole environment in time, or a PBX that does
 * not answer a command within the longest any command takes, gets its connection closed and its
 * worker thread back, counted in {@code hotline.agi.timeouts{phase}}.
 */
final class BoundedServerSocket implements ServerSocketFacade {

  private final ServerSocket socket;
  private final Duration environmentTimeout;
  private final Duration replyTimeout;
  private final Counter environmentTimeouts;
  private final Counter replyTimeouts;

  BoundedServerSocket(
      int port,
      int backlog,
      InetAddress address,
      Duration environmentTimeout,
      Duration replyTimeout,
      MeterRegistry meters)
      throws IOException {
    this.socket = new ServerSocket(port, backlog, address);
    this.environmentTimeout = environmentTimeout;
    this.replyTimeout = replyTimeout;
    this.environmentTimeouts = timeouts(meters, "environment");
    this.replyTimeouts = timeouts(meters, "reply");
  }

  @Override
  public SocketConnectionFacade accept() throws IOException {
    Socket accepted = socket.accept();
    return new BoundedConnection(
        accepted, environmentTimeout, replyTimeout, environmentTimeouts, replyTimeouts);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** The bounds are ours: Asterisk-Java's single read time-out could not tell the two phases. */
  @Override
  public void setSocketReadTimeout(int ignored) {}

  private static Counter timeouts(MeterRegistry meters, String phase) {
    return Counter.builder("hotline.agi.timeouts")
        .description(
            "FastAGI connections closed because the environment or a reply did not come in time")
        .tag("phase", phase)
        .register(meters);
  }
}
