package fr.cci.hotline.telephony.agi;

import fr.cci.hotline.InvalidSetting;
import fr.cci.hotline.support.DaemonThreads;
import fr.cci.hotline.telephony.CallScript;
import fr.cci.hotline.telephony.TelephonySettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The FastAGI server the dialplan calls ({@code AGI(agi://host:port/script)}). It listens from
 * start-up to shutdown; on shutdown it stops accepting calls and lets those in progress finish for
 * at most {@code hotline.telephony.agi.shutdown-grace}.
 *
 * <p>Public, with its state getters, only for {@code telephony.TelephonyLinks}, which reports the
 * server's state to the other modules as {@code TelephonyStatus}.
 */
@Component
public class FastAgiServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);
  private static final int BACKLOG = 200;

  private final TelephonySettings.Agi settings;
  private final ScriptMapping scripts;
  private final AgiSessions sessions;
  private final MeterRegistry meters;
  private volatile Server server;
  private volatile int port;
  private volatile boolean listening;

  FastAgiServer(TelephonySettings settings, List<CallScript> callScripts, MeterRegistry meters) {
    this.settings = settings.agi();
    this.meters = meters;
    this.sessions = new AgiSessions(meters, this.settings.maxPoolSize());
    this.scripts = new ScriptMapping(callScripts, sessions, settings::sound);
  }

  @Override
  public synchronized void start() {
    port = settings.port() == 0 ? freePort() : settings.port();
    Server started = new Server(bind(), address(settings.bindAddress()), port);
    started.setMappingStrategy(scripts);
    started.setPoolSize(settings.poolSize());
    started.setMaximumPoolSize(settings.maxPoolSize());
    server = started;
    listening = true;
    log.info(
        "FastAGI listening on {}:{} for scripts {}", settings.bindAddress(), port, scripts.names());
    // The thread gets its own reference: a stop() racing the start must not leave it a null.
    DaemonThreads.start("agi-acceptor", () -> serve(started));
  }

  /** Binds here rather than in the acceptor thread so that a taken port stops start-up. */
  private ServerSocketFacade bind() {
    try {
      return new AllowListServerSocket(
          new BoundedServerSocket(
              port,
              BACKLOG,
              address(settings.bindAddress()),
              settings.environmentTimeout(),
              settings.replyTimeout(),
              meters),
          allowedAddresses());
    } catch (IOException failure) {
      throw new InvalidSetting(
          "hotline.telephony.agi.port",
          port,
          "cannot listen on " + settings.bindAddress() + " (" + failure.getMessage() + ")");
    }
  }

  private void serve(Server accepting) {
    try {
      accepting.startup();
    } catch (IOException | RuntimeException failure) {
      if (server == accepting) {
        log.error(
            "FastAGI server stopped: {}; calls go to the dialplan fallback", failure.toString());
      }
    } finally {
      if (server == accepting || server == null) {
        listening = false;
      }
    }
  }

  @Override
  public synchronized void stop() {
    Server running = server;
    if (running == null) {
      return;
    }
    running.shutdown();
    awaitRunningCalls(settings.shutdownGrace());
    listening = false;
    server = null;
  }

  private void awaitRunningCalls(Duration grace) {
    Instant deadline = Instant.now().plus(grace);
    while (sessions.active() > 0 && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (sessions.active() > 0) {
      log.warn("Stopped with {} FastAGI calls still in progress", sessions.active());
    }
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  /** Whether the server socket is bound and accepting calls. */
  public boolean isListening() {
    return listening;
  }

  /** The port actually bound (differs from the setting when it is 0). */
  public int port() {
    return port;
  }

  /** Worker threads busy with a connection, scripts running or not. */
  int busyWorkers() {
    Server running = server;
    return running == null ? 0 : running.getPoolActiveTaskCount();
  }

  public int activeSessions() {
    return sessions.active();
  }

  private Set<InetAddress> allowedAddresses() {
    Set<InetAddress> allowed = new HashSet<>();
    for (String address : settings.allowedAddresses()) {
      allowed.add(address(address));
    }
    return allowed;
  }

  private static InetAddress address(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException unknown) {
      throw new IllegalStateException("hotline.telephony.agi: unknown address " + host, unknown);
    }
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    } catch (IOException failure) {
      throw new IllegalStateException("no free port for the FastAGI server", failure);
    }
  }

  /** Asterisk-Java's server on the socket bound by {@link #bind()}. */
  private static final class Server extends DefaultAgiServer {

    private final ServerSocketFacade socket;

    Server(ServerSocketFacade socket, InetAddress address, int port) {
      this.socket = socket;
      setAddress(address);
      setPort(port);
    }

    @Override
    protected ServerSocketFacade createServerSocket() {
      return socket;
    }
  }
}
