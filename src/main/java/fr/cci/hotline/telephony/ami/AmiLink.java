package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.support.Backoff;
import fr.cci.hotline.support.DaemonThreads;
import fr.cci.hotline.telephony.AmiConnected;
import fr.cci.hotline.telephony.AmiDisconnected;
import fr.cci.hotline.telephony.TelephonySettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The AMI link to Asterisk. It keeps one logged-in {@link ManagerConnection}: on start-up and
 * whenever the link is lost it reconnects with exponential back-off (one log line per attempt),
 * pings so that a silent link is noticed, and announces each (re)connection with {@link
 * AmiConnected} so that state mirrors resynchronise. Asterisk-Java's own reconnect loop is not
 * used: it has no back-off and no hook for the resync.
 *
 * <p>Public, with {@link #isConnected()}, only for {@code telephony.TelephonyLinks}, which reports
 * the link's state to the other modules as {@code TelephonyStatus}; the rest stays in this package.
 */
@Component
public class AmiLink implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AmiLink.class);

  /**
   * The event classes the service listens to: calls, queue members, registrations. The dialplan
   * (VarSet, Newexten), dtmf, agi and reporting classes, a large share of Asterisk's traffic, are
   * never sent, so that Asterisk-Java's single dispatch thread keeps up (it drops events past
   * 20,000 queued).
   */
  static final String EVENT_CLASSES = "call,agent,system";

  /** How often, and how many times, a lost connection is checked before it is logged off. */
  private static final Duration RETIRE_CHECK = Duration.ofMillis(50);

  private static final int RETIRE_ATTEMPTS = 40;

  /** The longest a login or logoff may wait for Asterisk (see {@link #newConnection()}). */
  private static final Duration LOCKED_WAIT_LIMIT = Duration.ofSeconds(2);

  private final TelephonySettings.Ami settings;
  private final ObjectProvider<ManagerEventListener> listeners;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Backoff backoff;
  private volatile ScheduledExecutorService scheduler;
  private volatile ManagerConnection connection;
  private volatile boolean running;
  private ScheduledFuture<?> pinger;

  AmiLink(
      TelephonySettings settings,
      ObjectProvider<ManagerEventListener> listeners,
      ApplicationEventPublisher events,
      Clock clock,
      MeterRegistry meters) {
    this.settings = settings.ami();
    this.listeners = listeners;
    this.events = events;
    this.clock = clock;
    this.backoff =
        new Backoff(this.settings.reconnectInitialDelay(), this.settings.reconnectMaxDelay());
    Gauge.builder("hotline.ami.connected", this, link -> link.isConnected() ? 1 : 0)
        .description("1 while the AMI link to Asterisk is logged in")
        .register(meters);
  }

  @Override
  public synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ami-link"));
    running = true;
    backoff.reset();
    scheduler.execute(this::connect);
  }

  @Override
  public synchronized void stop() {
    running = false;
    scheduler.shutdownNow();
    ManagerConnection current = connection;
    connection = null;
    if (current != null) {
      close(current);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Starts before the FastAGI server so that calls find the link up, and stops after it. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1;
  }

  public boolean isConnected() {
    ManagerConnection current = connection;
    return current != null && current.getState() == ManagerConnectionState.CONNECTED;
  }

  /**
   * Sends an action and waits for its response.
   *
   * @throws AmiUnavailable when the link is down or Asterisk does not answer in time
   */
  ManagerResponse send(ManagerAction action) {
    ManagerConnection current = connection;
    if (current == null || !isConnected()) {
      throw new AmiUnavailable(action.getAction() + ": the AMI link is down", null);
    }
    try {
      return current.sendAction(action, settings.responseTimeout().toMillis());
    } catch (Exception failure) {
      throw new AmiUnavailable(action.getAction() + " failed: " + failure.getMessage(), failure);
    }
  }

  /**
   * Sends an action that answers with a list of events and waits for the whole list.
   *
   * @throws AmiUnavailable when the link is down, Asterisk refuses or does not finish in time
   */
  Collection<ResponseEvent> sendEventGenerating(EventGeneratingAction action) {
    ManagerConnection current = connection;
    if (current == null || !isConnected()) {
      throw new AmiUnavailable(action.getAction() + ": the AMI link is down", null);
    }
    ResponseEvents answer;
    try {
      answer = current.sendEventGeneratingAction(action, settings.responseTimeout().toMillis());
    } catch (Exception failure) {
      throw new AmiUnavailable(action.getAction() + " failed: " + failure.getMessage(), failure);
    }
    if (answer.getResponse() instanceof ManagerError error) {
      throw new AmiUnavailable(action.getAction() + " refused: " + error.getMessage(), null);
    }
    return answer.getEvents();
  }

  private void connect() {
    if (!running) {
      return;
    }
    ManagerConnection candidate = newConnection();
    try {
      candidate.login(EVENT_CLASSES);
    } catch (Exception failure) {
      Duration delay = backoff.next();
      log.warn(
          "AMI login to {}:{} failed ({}); attempt {}, next in {} ms",
          settings.host(),
          settings.port(),
          reason(failure),
          backoff.failures(),
          delay.toMillis());
      close(candidate);
      schedule(this::connect, delay);
      return;
    }
    connection = candidate;
    backoff.reset();
    String version = String.valueOf(candidate.getVersion());
    log.info("AMI connected to {}:{} ({})", settings.host(), settings.port(), version);
    pinger =
        scheduler.scheduleWithFixedDelay(
            () -> ping(candidate),
            settings.pingInterval().toMillis(),
            settings.pingInterval().toMillis(),
            TimeUnit.MILLISECONDS);
    events.publishEvent(new AmiConnected(clock.instant(), version));
  }

  private ManagerConnection newConnection() {
    DefaultManagerConnection candidate =
        new DefaultManagerConnection(
            settings.host(), settings.port(), settings.username(), settings.password());
    // Login and logoff wait for Asterisk holding the connection's lock. If the socket drops
    // meanwhile, Asterisk-Java's reader gives its event thread 5 s to take that lock and drain,
    // then dies with a stack trace; waits under the lock stay shorter than that.
    candidate.setDefaultResponseTimeout(
        Math.min(settings.responseTimeout().toMillis(), LOCKED_WAIT_LIMIT.toMillis()));
    // Pings answer every ping interval: a link silent for three of them is dead, even if TCP
    // never says so (a PBX host that vanished from the network).
    candidate.setSocketReadTimeout((int) settings.pingInterval().multipliedBy(3).toMillis());
    // Asterisk-Java would reconnect on its own without back-off; we reconnect ourselves.
    candidate.setKeepAliveAfterAuthenticationFailure(false);
    candidate.registerUserEventClass(DeviceStateListCompleteEvent.class);
    candidate.registerUserEventClass(DbGetTreeResponseEvent.class);
    candidate.registerUserEventClass(DbGetTreeCompleteEvent.class);
    candidate.addEventListener(
        event -> {
          if (event instanceof DisconnectEvent) {
            scheduler.execute(() -> lost(candidate, "disconnected"));
          }
        });
    listeners.orderedStream().forEach(candidate::addEventListener);
    return candidate;
  }

  private void ping(ManagerConnection pinged) {
    try {
      ManagerResponse pong =
          pinged.sendAction(new PingAction(), settings.responseTimeout().toMillis());
      if (pong instanceof ManagerError) {
        lost(pinged, "ping refused");
      }
    } catch (Exception silent) {
      lost(pinged, "no answer to ping");
    }
  }

  /** Runs on the link thread only, so a loss is handled once even if several signals arrive. */
  private void lost(ManagerConnection lostConnection, String why) {
    if (lostConnection != connection || !running) {
      return;
    }
    connection = null;
    if (pinger != null) {
      pinger.cancel(false);
    }
    retire(lostConnection, 0);
    Duration delay = backoff.next();
    log.warn(
        "AMI link to {}:{} lost ({}); reconnecting in {} ms",
        settings.host(),
        settings.port(),
        why,
        delay.toMillis());
    events.publishEvent(new AmiDisconnected(clock.instant()));
    schedule(this::connect, delay);
  }

  /**
   * Ends a lost connection without blocking Asterisk-Java's threads. When its reader sees the
   * socket close, Asterisk-Java tears the connection down on its event thread and starts a
   * reconnect loop of its own; a logoff sent before that holds the connection's lock while waiting
   * for an answer that cannot come, and the reader, waiting for the event thread, dies with a stack
   * trace. So log off once it has left CONNECTED: that is quick, and it stops Asterisk-Java's
   * reconnect loop.
   */
  private void retire(ManagerConnection lostConnection, int attempt) {
    if (lostConnection.getState() == ManagerConnectionState.CONNECTED
        && attempt < RETIRE_ATTEMPTS
        && running) {
      scheduler.schedule(
          () -> retire(lostConnection, attempt + 1),
          RETIRE_CHECK.toMillis(),
          TimeUnit.MILLISECONDS);
      return;
    }
    close(lostConnection);
  }

  private void schedule(Runnable task, Duration delay) {
    if (running) {
      scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void close(ManagerConnection closing) {
    ManagerConnectionState state = closing.getState();
    if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
      try {
        closing.logoff();
      } catch (RuntimeException alreadyGone) {
        log.debug("AMI logoff failed: {}", alreadyGone.toString());
      }
    }
  }

  private static String reason(Exception failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
