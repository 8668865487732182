package fr.cci.hotline.telephony.agi;

import io.micrometer.core.instrument.Counter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One FastAGI connection whose reads cannot hold a worker thread forever: the environment
 * (Asterisk's {@code agi_*} lines, ended by an empty line) must arrive whole within {@code
 * environmentTimeout} of the connection — garbage, a partial environment or a half-open peer are
 * closed then —, and afterwards each reply within {@code replyTimeout}, the longest a command may
 * legitimately take (a long prompt followed by the time given to type). Asterisk-Java sees a closed
 * connection and ends the session.
 */
final class BoundedConnection implements SocketConnectionFacade {

  private static final Logger log = LoggerFactory.getLogger(BoundedConnection.class);

  private final Socket socket;
  private final BufferedReader reader;
  private final BufferedWriter writer;
  private final long environmentDeadline;
  private final int replyTimeoutMillis;
  private final Counter environmentTimeouts;
  private final Counter replyTimeouts;
  private boolean environmentRead;

  BoundedConnection(
      Socket socket,
      Duration environmentTimeout,
      Duration replyTimeout,
      Counter environmentTimeouts,
      Counter replyTimeouts)
      throws IOException {
    this.socket = socket;
    this.reader =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
    this.environmentDeadline = System.nanoTime() + environmentTimeout.toNanos();
    this.replyTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, replyTimeout.toMillis());
    this.environmentTimeouts = environmentTimeouts;
    this.replyTimeouts = replyTimeouts;
  }

  @Override
  public String readLine() throws IOException {
    if (!environmentRead) {
      long left = (environmentDeadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw timedOut(new SocketTimeoutException("no complete environment in time"));
      }
      socket.setSoTimeout((int) left);
    }
    String line;
    try {
      line = reader.readLine();
    } catch (SocketTimeoutException late) {
      throw timedOut(late);
    }
    if (!environmentRead && line != null && line.isEmpty()) {
      environmentRead = true;
      socket.setSoTimeout(replyTimeoutMillis);
    }
    return line;
  }

  private SocketTimeoutException timedOut(SocketTimeoutException late) {
    if (environmentRead) {
      replyTimeouts.increment();
      log.warn(
          "Asterisk did not answer a FastAGI command within {} s: the session is ended",
          replyTimeoutMillis / 1000);
    } else {
      environmentTimeouts.increment();
      log.debug("FastAGI peer {} sent no complete environment in time", getRemoteAddress());
    }
    closeQuietly();
    return late;
  }

  @Override
  public void write(String text) throws IOException {
    writer.write(text);
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private void closeQuietly() {
    try {
      socket.close();
    } catch (IOException alreadyClosed) {
      // nothing more to release
    }
  }

  @Override
  public boolean isConnected() {
    return socket.isConnected() && !socket.isClosed();
  }

  @Override
  public InetAddress getLocalAddress() {
    return socket.getLocalAddress();
  }

  @Override
  public int getLocalPort() {
    return socket.getLocalPort();
  }

  @Override
  public InetAddress getRemoteAddress() {
    return socket.getInetAddress();
  }

  @Override
  public int getRemotePort() {
    return socket.getPort();
  }
}
