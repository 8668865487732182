package fr.cci.hotline.routing.call;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.LineClosedWhileWaiting;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.dispatch.DispatchLoop;
import fr.cci.hotline.routing.dispatch.Offers;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.CallerHungUp;
import fr.cci.hotline.telephony.HotlineAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Where a caller waits for an advisor, inside their FastAGI session: music, their position now and
 * then, and a key to be called back instead (offered at once when nobody at all is logged in, and
 * again when the wait grows long). It ends with a decision on the channel: CONNECT to the reserved
 * advisor, HANGUP after a call-back request or at closing time, or none when the waiting line
 * cannot be reached for a while (the dialplan's fallback queue then takes the caller).
 */
@Component
class WaitingRoom {

  private static final Logger log = LoggerFactory.getLogger(WaitingRoom.class);

  /** An advisor may be free right now: give the first pass this long before saying anything. */
  private static final Duration FIRST_PASS = Duration.ofMillis(400);

  private final WaitingLine line;
  private final Offers offers;
  private final DispatchLoop dispatch;
  private final AdvisorDirectory directory;
  private final RoutingSettings settings;
  private final WaitingVisit.Support support;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LineExit exit;

  WaitingRoom(
      WaitingLine line,
      Offers offers,
      DispatchLoop dispatch,
      AdvisorDirectory directory,
      RoutingSettings settings,
      WaitingVisit.Support support,
      ApplicationEventPublisher events,
      Clock clock,
      LineExit exit) {
    this.line = line;
    this.offers = offers;
    this.dispatch = dispatch;
    this.directory = directory;
    this.settings = settings;
    this.support = support;
    this.events = events;
    this.clock = clock;
    this.exit = exit;
  }

  /** Waits until a decision; {@code greet} plays the welcome to the wait (first time only). */
  void await(CallChannel call, WaitingEntry entry, boolean greet) {
    CompletableFuture<String> offer = offers.await(entry.callId());
    dispatch.trigger();
    WaitingVisit visit = new WaitingVisit(call, entry, support);
    try {
      String advisor = firstPass(offer);
      if (advisor == null && greet) {
        visit.greet();
      }
      while (advisor == null && !visit.decided()) {
        advisor = visit.tick(offer);
      }
      if (advisor != null) {
        connect(call, entry, advisor);
      } else if (visit.closedOn()) {
        closedWhileWaiting(entry);
      }
    } catch (CallerHungUp hangup) {
      leftWhileWaiting(entry);
      throw hangup;
    } finally {
      offers.stopWaiting(entry.callId());
    }
  }

  private static String firstPass(CompletableFuture<String> offer) {
    try {
      return offer.get(FIRST_PASS.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException notYet) {
      return null;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException impossible) {
      return null;
    }
  }

  private void connect(CallChannel call, WaitingEntry entry, String advisorId) {
    Optional<Advisor> advisor = directory.find(advisorId);
    if (advisor.isEmpty()) {
      log.warn("Reserved advisor {} is unknown; the call falls back", advisorId);
      return;
    }
    call.music(false);
    call.set(CallVariable.HOTLINE_TARGET, advisor.get().phone());
    call.set(CallVariable.HOTLINE_RING_TIMEOUT, Long.toString(settings.ringTimeout().toSeconds()));
    call.set(CallVariable.HOTLINE_ACTION, HotlineAction.CONNECT.name());
  }

  private void leftWhileWaiting(WaitingEntry entry) {
    Instant now = clock.instant();
    leave(entry, now)
        .ifPresent(
            row ->
                events.publishEvent(
                    new CallerLeftWaiting(
                        entry.caseNumber(), entry.department(), row.waitedUntil(now), now)));
  }

  /** The caller heard the closing message: they leave the line, their wait recorded. */
  private void closedWhileWaiting(WaitingEntry entry) {
    Instant now = clock.instant();
    leave(entry, now)
        .ifPresent(
            row ->
                events.publishEvent(
                    new LineClosedWhileWaiting(
                        entry.caseNumber(), entry.department(), row.waitedUntil(now), now)));
  }

  /**
   * Removes the caller's row (returned as it was, for the wait since joining); an advisor reserved
   * for them meanwhile is released.
   */
  private Optional<WaitingEntry> leave(WaitingEntry entry, Instant now) {
    try {
      return exit.leave(entry.callId(), entry, now);
    } catch (DataAccessException unreachable) {
      log.warn("Could not record that a waiting caller left: {}", unreachable.toString());
      return Optional.empty();
    }
  }
}
