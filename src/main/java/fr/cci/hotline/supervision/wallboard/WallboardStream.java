package fr.cci.hotline.supervision.wallboard;

import fr.cci.hotline.advisors.PhoneReachabilityChanged;
import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.routing.AdvisorOffered;
import fr.cci.hotline.routing.CallAnswered;
import fr.cci.hotline.routing.CallCompleted;
import fr.cci.hotline.routing.CallQueued;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.OfferDeclined;
import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.supervision.figures.LiveFigures;
import fr.cci.hotline.support.PeriodicWork;
import fr.cci.hotline.telephony.FallbackCallEnded;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes the board to every open wallboard as server-sent events: at once when this instance hears
 * that something changed (a caller joined or left the line, an advisor's state changed), and every
 * {@code hotline.supervision.wallboard-refresh} for what other instances did. One read and one
 * rendering serve all the screens; nothing is read while no screen is open.
 */
@Component
class WallboardStream extends PeriodicWork {

  /** A screen reconnects by itself after this (the browser's EventSource does it). */
  private static final Duration SCREEN_TIMEOUT = Duration.ofMinutes(30);

  /**
   * A change is pushed this long after it is heard: the case writer has applied the event by then
   * (today's figures come from the case records), and changes heard meanwhile make one push.
   */
  private static final Duration SETTLE = Duration.ofMillis(250);

  private final Set<SseEmitter> screens = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean requested = new AtomicBoolean();
  private final LiveFigures live;
  private final BoardBuilder builder;
  private final BoardRenderer renderer;
  private final Task push;

  WallboardStream(
      LiveFigures live,
      BoardBuilder builder,
      BoardRenderer renderer,
      SupervisionSettings settings) {
    super("wallboard");
    this.live = live;
    this.builder = builder;
    this.renderer = renderer;
    this.push = every(settings.wallboardRefresh(), "Wallboard push", this::push);
  }

  /** A screen opens the stream: it gets the board now, then each change. */
  SseEmitter open() {
    SseEmitter screen = new SseEmitter(SCREEN_TIMEOUT.toMillis());
    screen.onCompletion(() -> screens.remove(screen));
    // Closed quietly at its time-out (the screen reconnects), not resolved as an error and logged.
    screen.onTimeout(screen::complete);
    screen.onError(failure -> screens.remove(screen));
    screens.add(screen);
    requestPush();
    return screen;
  }

  @EventListener({
    CallQueued.class,
    AdvisorOffered.class,
    OfferDeclined.class,
    CallAnswered.class,
    CallCompleted.class,
    CallerLeftWaiting.class,
    CallbackRequested.class,
    PresenceChanged.class,
    PhoneReachabilityChanged.class,
    FallbackCallEnded.class
  })
  void somethingChanged() {
    requestPush();
  }

  @Override
  protected List<Task> tasks() {
    return List.of(push);
  }

  /** Screens are closed first, so that a graceful shutdown does not wait for them. */
  @Override
  public synchronized void stop() {
    screens.forEach(SseEmitter::complete);
    screens.clear();
    super.stop();
  }

  /** Changes heard before the push runs are folded into it. */
  private void requestPush() {
    if (!screens.isEmpty() && requested.compareAndSet(false, true)) {
      runAfter(SETTLE, push);
    }
  }

  private void push() {
    requested.set(false);
    if (screens.isEmpty()) {
      return;
    }
    String board = renderer.render(builder.build(live.fresh(), live.zone()));
    for (SseEmitter screen : screens) {
      try {
        screen.send(SseEmitter.event().name("board").data(board));
      } catch (IOException | IllegalStateException gone) {
        screens.remove(screen);
      }
    }
  }
}
