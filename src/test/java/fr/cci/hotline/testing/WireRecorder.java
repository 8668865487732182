package fr.cci.hotline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback that records, line by line, what crosses it: put between Asterisk and the
 * service, it shows exactly what the service observed (FastAGI commands and replies, AMI events),
 * the same way whether the PBX is the real Asterisk or the simulator. It can also play the service
 * going away: refusing connections (nothing listens) or dropping the live ones (the process died
 * mid-call).
 */
public final class WireRecorder implements AutoCloseable {

  /** Which way a line went: from the side that connected, or from the side connected to. */
  public enum Direction {
    FROM_CLIENT,
    FROM_SERVER
  }

  public record Line(Direction direction, String text, Instant at) {}

  /** One relayed TCP connection and its lines in the order they crossed. */
  public static final class Connection {
    private final int number;
    private final Instant openedAt = Instant.now();
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    Connection(int number) {
      this.number = number;
    }

    public int number() {
      return number;
    }

    public Instant openedAt() {
      return openedAt;
    }

    public List<Line> lines() {
      return List.copyOf(lines);
    }

    public boolean closed() {
      return closed;
    }

    public void drop() {
      for (Socket socket : sockets) {
        try {
          socket.setSoLinger(true, 0);
          socket.close();
        } catch (IOException alreadyGone) {
          // closed by the other side meanwhile
        }
      }
    }
  }

  private final String name;
  private final int port;
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger numbers = new AtomicInteger();
  private volatile InetSocketAddress upstream;
  private volatile ServerSocket listener;
  private volatile boolean closed;

  /** Listens on {@code port} (0: a free one) and relays to {@code upstream} once it is known. */
  public WireRecorder(String name, int port, InetSocketAddress upstream) {
    this.name = name;
    this.upstream = upstream;
    this.port = port == 0 ? Ports.freeTcp() : port;
    accept();
  }

  public int port() {
    return port;
  }

  public void upstream(InetSocketAddress address) {
    this.upstream = address;
  }

  public List<Connection> connections() {
    return List.copyOf(connections);
  }

  /** Listens again after {@link #refuse()}. */
  public synchronized void accept() {
    if (listener != null) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      listener = socket;
      Thread acceptor = new Thread(() -> acceptLoop(socket), name + "-accept");
      acceptor.setDaemon(true);
      acceptor.start();
    } catch (IOException failure) {
      throw new UncheckedIOException(name + ": cannot listen on " + port, failure);
    }
  }

  /** Stops listening: new connections are refused, as when nothing listens on the port. */
  public synchronized void refuse() {
    ServerSocket socket = listener;
    listener = null;
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  /** Resets every live connection, as when the process on one side dies. */
  public void dropAll() {
    connections.stream().filter(c -> !c.closed).forEach(Connection::drop);
  }

  @Override
  public void close() {
    closed = true;
    refuse();
    dropAll();
  }

  private void acceptLoop(ServerSocket socket) {
    while (!socket.isClosed()) {
      Socket client;
      try {
        client = socket.accept();
      } catch (IOException closedOrFailed) {
        return;
      }
      Connection connection = new Connection(numbers.incrementAndGet());
      connections.add(connection);
      Thread relay = new Thread(() -> relay(connection, client), name + "-" + connection.number);
      relay.setDaemon(true);
      relay.start();
    }
  }

  private void relay(Connection connection, Socket client) {
    Socket server = new Socket();
    connection.sockets.add(client);
    connection.sockets.add(server);
    InetSocketAddress target = upstream;
    try {
      if (target == null || closed) {
        throw new IOException("no upstream");
      }
      server.connect(target, 2000);
    } catch (IOException unreachable) {
      closeQuietly(client);
      closeQuietly(server);
      connection.closed = true;
      return;
    }
    Thread back =
        new Thread(
            () -> pump(connection, server, client, Direction.FROM_SERVER),
            name + "-" + connection.number + "-back");
    back.setDaemon(true);
    back.start();
    pump(connection, client, server, Direction.FROM_CLIENT);
  }

  /** Copies bytes as they come and records complete lines; a closed side half-closes the other. */
  private static void pump(Connection connection, Socket from, Socket to, Direction direction) {
    StringBuilder pending = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int read;
      while ((read = in.read(buffer)) >= 0) {
        // Recorded before it is passed on: what the other side answers is recorded after it.
        pending.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
        int newline;
        while ((newline = pending.indexOf("\n")) >= 0) {
          String line = pending.substring(0, newline);
          if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
          }
          connection.lines.add(new Line(direction, line, Instant.now()));
          pending.delete(0, newline + 1);
        }
        out.write(buffer, 0, read);
        out.flush();
      }
      to.shutdownOutput();
    } catch (SocketException reset) {
      closeQuietly(to);
    } catch (IOException failure) {
      closeQuietly(to);
    } finally {
      if (direction == Direction.FROM_CLIENT || from.isClosed()) {
        connection.closed = true;
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
  }

  /** The lines of every connection, for a failing test's message. */
  public List<String> dump() {
    List<String> out = new ArrayList<>();
    for (Connection connection : connections) {
      out.add("--- " + name + " #" + connection.number);
      connection.lines.forEach(line -> out.add(line.direction() + " " + line.text()));
    }
    return out;
  }
}
