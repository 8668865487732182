package fr.cci.hotline.simulator.ami;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AMI listener: accepts clients, keeps their sessions, fans events out. It can be stopped and
 * started again on the same port, and can drop every client, so that reconnect logic can be tested
 * against it.
 */
public final class AmiServer implements AmiEventSink {

  private static final Logger log = LoggerFactory.getLogger(AmiServer.class);

  private final AmiSessionContext context;
  private final ExecutorService executor;
  private final List<AmiSession> sessions = new CopyOnWriteArrayList<>();
  private final LongAdder delivered = new LongAdder();
  private volatile ServerSocket listener;
  private volatile java.util.concurrent.Future<?> acceptor;
  private volatile int port;

  public AmiServer(AmiSessionContext context, ExecutorService executor) {
    this.context = context;
    this.executor = executor;
  }

  /** Binds the listener on the loopback interface; port 0 picks a free port once. */
  public synchronized void start(int requestedPort) {
    if (listener != null) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
      listener = socket;
      port = socket.getLocalPort();
      acceptor = executor.submit(() -> acceptLoop(socket));
      log.info("AMI listening on port {}", port);
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind the AMI port " + requestedPort, e);
    }
  }

  /** Starts again on the port used before. */
  public void restart() {
    start(port);
  }

  public int port() {
    return port;
  }

  public synchronized void stop() {
    ServerSocket socket = listener;
    listener = null;
    if (socket != null) {
      try {
        socket.close();
        // The port is released only when the thread blocked in accept() has returned.
        acceptor.get(2, java.util.concurrent.TimeUnit.SECONDS);
      } catch (IOException
          | java.util.concurrent.ExecutionException
          | java.util.concurrent.TimeoutException e) {
        log.debug("closing the AMI listener", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    dropConnections();
  }

  public void dropConnections() {
    sessions.forEach(AmiSession::close);
    sessions.clear();
  }

  public int connectedClients() {
    return sessions.size();
  }

  @Override
  public void publish(AmiMessage event) {
    for (AmiSession session : sessions) {
      if (session.deliverEvent(event)) {
        delivered.increment();
      }
    }
  }

  /** Events queued for a client (one per client that takes it) since the server was made. */
  public long eventsDelivered() {
    return delivered.sum();
  }

  private void acceptLoop(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        AmiSession session = new AmiSession(client, context, executor, sessions::remove, this);
        sessions.add(session);
        session.start();
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        log.warn("AMI accept failed", e);
      }
    }
  }
}
