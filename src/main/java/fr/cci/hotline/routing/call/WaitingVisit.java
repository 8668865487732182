package fr.cci.hotline.routing.call;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.LineHours;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.support.DatabaseAvailability;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.HotlineAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * One caller's stay in the waiting room, one tick at a time: the state of this visit only. Every
 * caller may ask for a call-back (a hidden number is asked for one).
 */
final class WaitingVisit {

  private static final Logger log = LoggerFactory.getLogger(WaitingVisit.class);

  /** How long to listen for keys between two looks at the line. */
  private static final Duration TICK = Duration.ofSeconds(1);

  /** What every visit needs from the service: shared, stateless. */
  @Component
  static final class Support {
    private final WaitingLine line;
    private final DatabaseAvailability database;
    private final Presence presence;
    private final RoutingSettings settings;
    private final CallbackOffer callbacks;

    /**
     * Looked up once: asked of Spring at every waiting caller's tick, it serialised hundreds of
     * FastAGI threads on the bean factory's lock under load (BENCHMARKS.md, throughput).
     */
    private final SingletonSupplier<Optional<LineHours>> lineHours;

    private final Clock clock;

    Support(
        WaitingLine line,
        DatabaseAvailability database,
        Presence presence,
        RoutingSettings settings,
        CallbackOffer callbacks,
        ObjectProvider<LineHours> hours,
        Clock clock) {
      this.line = line;
      this.database = database;
      this.presence = presence;
      this.settings = settings;
      this.callbacks = callbacks;
      this.lineHours = SingletonSupplier.of(() -> Optional.ofNullable(hours.getIfAvailable()));
      this.clock = clock;
    }

    /** Nobody at all is logged in across the region: waiting would be for nothing. */
    boolean nobodyLoggedIn() {
      if (!database.available()) {
        return false; // not known: the caller goes to the fallback queue anyway
      }
      try {
        // Asked for every caller not served at once: one count, not every advisor's row.
        return !presence.anyoneLoggedIn();
      } catch (DataAccessException unreachable) {
        return false;
      }
    }

    boolean lineOpen() {
      return lineHours.obtain().map(LineHours::openNow).orElse(true);
    }

    List<String> closingMessage() {
      return lineHours.obtain().map(LineHours::closingMessage).orElse(List.of());
    }
  }

  private final CallChannel call;
  private final WaitingEntry entry;
  private final Support support;
  private Instant lastAnnouncement;
  private Instant lastOffer;
  private boolean musicOn;
  private boolean decided;
  private boolean closedOn;

  WaitingVisit(CallChannel call, WaitingEntry entry, Support support) {
    this.call = call;
    this.entry = entry;
    this.support = support;
    this.lastAnnouncement = support.clock.instant();
    this.lastOffer = lastAnnouncement;
    this.musicOn = true; // routing starts it before anything that may wait for the database
  }

  /** A decision was set (HANGUP), or the line is unreachable (no decision: fallback). */
  boolean decided() {
    return decided;
  }

  /** The line closed on the caller, who heard the hours and goodbye. */
  boolean closedOn() {
    return closedOn;
  }

  /** The welcome to the wait; with nobody logged in, that and the call-back offer at once. */
  void greet() {
    if (support.nobodyLoggedIn()) {
      offerWith(WaitingPrompts.NOBODY);
    } else {
      listenWhile(WaitingPrompts.INTRO);
    }
  }

  String tick(CompletableFuture<String> offer) {
    String advisor = offer.getNow(null);
    if (advisor != null || decided) {
      return advisor;
    }
    if (!support.database.available()) {
      log.debug("Database unreachable: a waiting caller goes to the fallback queue");
      decided = true; // no decision set: the dialplan's fallback queue takes the caller
      return null;
    }
    if (!support.lineOpen()) {
      closing();
      return null;
    }
    Instant now = support.clock.instant();
    if (!now.isBefore(lastAnnouncement.plus(support.settings.positionAnnouncementEvery()))) {
      announcePosition();
      // Counted from the end: the caller always gets the interval of music between two.
      lastAnnouncement = support.clock.instant();
      return null;
    }
    if (!now.isBefore(lastOffer.plus(support.settings.callbacks().offerAgainAfter()))) {
      offerWith(support.nobodyLoggedIn() ? WaitingPrompts.NOBODY : WaitingPrompts.LONG_WAIT);
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
      position = support.line.position(entry.callId());
    } catch (DataAccessException unreachable) {
      return;
    }
    stopMusic();
    call.play(WaitingPrompts.POSITION_BEFORE, "");
    call.sayNumber(position);
    call.play(WaitingPrompts.POSITION_AFTER, "");
    listenWhile(WaitingPrompts.CALLBACK_OFFER);
  }

  /** Says why, then offers the call-back and waits a moment for the key. */
  private void offerWith(String why) {
    stopMusic();
    lastOffer = support.clock.instant();
    offered(why).ifPresent(this::pressed);
  }

  private Optional<Character> offered(String why) {
    Optional<Character> key = call.play(why, WaitingPrompts.CALLBACK_KEY);
    if (key.isEmpty()) {
      key = call.play(WaitingPrompts.CALLBACK_OFFER, WaitingPrompts.CALLBACK_KEY);
    }
    return key.isPresent() ? key : call.waitForDigit(support.settings.callbacks().keyTimeout());
  }

  /** The line closes: a last call-back offer; without it, the hours and goodbye. */
  private void closing() {
    stopMusic();
    Optional<Character> key = offered(WaitingPrompts.CLOSING);
    if (key.filter(CallbackOffer::asks).isPresent()) {
      CallbackOffer.Outcome outcome = support.callbacks.take(call, entry);
      if (outcome == CallbackOffer.Outcome.KEPT) {
        decided = true;
        return;
      }
      if (outcome == CallbackOffer.Outcome.TOO_LATE) {
        return; // an advisor was reserved for them: connect them rather
      }
    }
    support.closingMessage().forEach(prompt -> call.play(prompt, ""));
    call.set(CallVariable.HOTLINE_ACTION, HotlineAction.HANGUP.name());
    decided = true;
    closedOn = true;
  }

  private void listenWhile(String prompt) {
    stopMusic();
    call.play(prompt, WaitingPrompts.CALLBACK_KEY).ifPresent(this::pressed);
  }

  private void pressed(char key) {
    if (!CallbackOffer.asks(key) || decided) {
      return;
    }
    stopMusic();
    if (support.callbacks.take(call, entry) == CallbackOffer.Outcome.KEPT) {
      decided = true;
    }
    lastAnnouncement = support.clock.instant();
  }

  private void stopMusic() {
    if (musicOn) {
      call.music(false);
      musicOn = false;
    }
  }
}
