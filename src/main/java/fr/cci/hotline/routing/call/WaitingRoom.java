package fr.cci.hotline.routing.call;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.dispatch.DispatchLoop;
import fr.cci.hotline.routing.dispatch.Offers;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.support.DatabaseAvailability;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.CallerHungUp;
import fr.cci.hotline.telephony.DialStatus;
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
 * then, and a key to be called back instead. It ends with a decision on the channel: CONNECT to the
 * reserved advisor, HANGUP after a call-back request, or none when the waiting line cannot be
 * reached for a while (the dialplan's fallback queue then takes the caller).
 */
@Component
class WaitingRoom {

  private static final Logger log = LoggerFactory.getLogger(WaitingRoom.class);

  /** How long to listen for keys between two looks at the line. */
  private static final Duration TICK = Duration.ofSeconds(1);

  /** An advisor may be free right now: give the first pass this long before saying anything. */
  private static final Duration FIRST_PASS = Duration.ofMillis(400);

  private final WaitingLine line;
  private final Offers offers;
  private final DispatchLoop dispatch;
  private final DatabaseAvailability database;
  private final AdvisorDirectory directory;
  private final Presence presence;
  private final RoutingSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WaitingRoom(
      WaitingLine line,
      Offers offers,
      DispatchLoop dispatch,
      DatabaseAvailability database,
      AdvisorDirectory directory,
      Presence presence,
      RoutingSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.line = line;
    this.offers = offers;
    this.dispatch = dispatch;
    this.database = database;
    this.directory = directory;
    this.presence = presence;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  /** Waits until a decision; {@code greet} plays the welcome to the wait (first time only). */
  void await(CallChannel call, WaitingEntry entry, boolean greet) {
    CompletableFuture<String> offer = offers.await(entry.callId());
    dispatch.trigger();
    Visit visit = new Visit(call, entry, clock.instant());
    try {
      String advisor = firstPass(offer);
      if (advisor == null && greet) {
        visit.say(WaitingPrompts.INTRO);
      }
      while (advisor == null && !visit.decided) {
        advisor = visit.tick(offer);
      }
      if (advisor != null) {
        connect(call, entry, advisor);
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
    try {
      Optional<WaitingEntry> current = line.find(entry.callId());
      if (line.leave(entry.callId())) {
        current
            .filter(row -> row.state() == WaitingEntry.State.OFFERED)
            .ifPresent(
                row -> presence.offerFailed(row.advisorId(), row.callId(), DialStatus.CANCEL, now));
        events.publishEvent(
            new CallerLeftWaiting(
                entry.caseNumber(),
                entry.department(),
                Duration.between(entry.arrivedAt(), now),
                now));
      }
    } catch (DataAccessException unreachable) {
      log.warn("Could not record that a waiting caller hung up: {}", unreachable.toString());
    }
  }

  /** One caller's stay in the waiting room: the state of this visit only. */
  private final class Visit {
    private final CallChannel call;
    private final WaitingEntry entry;
    private final boolean canBeCalledBack;
    private Instant lastAnnouncement;
    private boolean musicOn;
    private boolean decided;

    Visit(CallChannel call, WaitingEntry entry, Instant now) {
      this.call = call;
      this.entry = entry;
      this.canBeCalledBack = call.callerNumber().reachable();
      this.lastAnnouncement = now;
      this.musicOn = true; // routing starts it before anything that may wait for the database
    }

    String tick(CompletableFuture<String> offer) {
      String advisor = offer.getNow(null);
      if (advisor != null || decided) {
        return advisor;
      }
      if (!database.available()) {
        log.debug("Database unreachable: a waiting caller goes to the fallback queue");
        decided = true; // no decision set: the dialplan's fallback queue takes the caller
        return null;
      }
      Instant now = clock.instant();
      if (!now.isBefore(lastAnnouncement.plus(settings.positionAnnouncementEvery()))) {
        announcePosition();
        // Counted from the end: the caller always gets the interval of music between two.
        lastAnnouncement = clock.instant();
        return null;
      }
      if (!musicOn) {
        call.music(true);
        musicOn = true;
      }
      call.waitForDigit(TICK).ifPresent(this::pressed);
      return null;
    }

    private void announcePosition() {
      int position;
      try {
        position = line.position(entry.callId());
      } catch (DataAccessException unreachable) {
        return;
      }
      stopMusic();
      call.play(WaitingPrompts.POSITION_BEFORE, "");
      call.sayNumber(position);
      call.play(WaitingPrompts.POSITION_AFTER, "");
      if (canBeCalledBack) {
        call.play(WaitingPrompts.CALLBACK_OFFER, WaitingPrompts.CALLBACK_KEY)
            .ifPresent(this::pressed);
      }
    }

    void say(String prompt) {
      stopMusic();
      call.play(prompt, canBeCalledBack ? WaitingPrompts.CALLBACK_KEY : "")
          .ifPresent(this::pressed);
    }

    private void pressed(char key) {
      if (!canBeCalledBack || !WaitingPrompts.CALLBACK_KEY.equals(String.valueOf(key)) || decided) {
        return;
      }
      Instant now = clock.instant();
      if (!line.callback(entry.callId())) {
        return; // an advisor was just reserved: better to connect than to call back
      }
      decided = true;
      events.publishEvent(
          new CallbackRequested(
              entry.caseNumber(),
              call.callerNumber(),
              entry.department(),
              entry.arrivedAt(),
              CallbackRequested.Reason.WAITING,
              now));
      stopMusic();
      call.play(WaitingPrompts.CALLBACK_CONFIRMED, "");
      call.set(CallVariable.HOTLINE_ACTION, HotlineAction.HANGUP.name());
    }

    private void stopMusic() {
      if (musicOn) {
        call.music(false);
        musicOn = false;
      }
    }
  }
}
