package fr.cci.hotline.routing.callback;

import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.CallAnswered;
import fr.cci.hotline.routing.CallCompleted;
import fr.cci.hotline.routing.CallbackAttemptFailed;
import fr.cci.hotline.routing.CallbackFailed;
import fr.cci.hotline.routing.OfferDeclined;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.DialFinished;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.LiveChannelsListed;
import fr.cci.hotline.telephony.OriginateFinished;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Follows call-back attempts through the PBX's facts, by the unique id of the advisor's leg (the
 * Originate's ChannelId). As seen on Asterisk 22: an advisor who does not answer gives
 * OriginateResponse Failure (Reason 3) then the leg's Hangup; a busy phone a DialEnd BUSY first; an
 * unregistered one only the OriginateResponse. Once the advisor answered and heard which case it is
 * (hanging up then is not taking it), the leg dials the owner: its DialEnd says how that went, its
 * Hangup ends the call. Each step is a conditional update, so the instance that applies it is the
 * one that announces it.
 */
@Component
class CallbackProgress {

  private static final Logger log = LoggerFactory.getLogger(CallbackProgress.class);

  private final CallbackLine callbacks;
  private final CallbackAttempts attempts;
  private final Presence presence;
  private final AdvisorDirectory directory;
  private final RoutingSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CallbackProgress(
      CallbackLine callbacks,
      CallbackAttempts attempts,
      Presence presence,
      AdvisorDirectory directory,
      RoutingSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.callbacks = callbacks;
    this.attempts = attempts;
    this.presence = presence;
    this.directory = directory;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  void originated(OriginateFinished outcome) {
    guarded(
        () ->
            callbacks
                .attempt(outcome.originateId())
                .ifPresent(
                    attempt -> {
                      if (outcome.answered()) {
                        advisorAnswered(attempt);
                      } else {
                        advisorMissed(attempt, outcome.outcome());
                      }
                    }));
  }

  @EventListener
  void dialled(DialFinished dial) {
    guarded(
        () -> {
          if (dial.callerUniqueId().isEmpty()) {
            // The advisor's leg itself: a busy phone says so here, before the OriginateResponse.
            if (dial.status() != DialStatus.ANSWER) {
              callbacks
                  .attempt(dial.destinationUniqueId())
                  .ifPresent(attempt -> advisorMissed(attempt, dial.status()));
            }
            return;
          }
          callbacks
              .attempt(dial.callerUniqueId())
              .ifPresent(attempt -> ownerOutcome(attempt, dial.status()));
        });
  }

  @EventListener
  void hungUp(ChannelHungUp hangup) {
    guarded(
        () ->
            callbacks
                .attempt(hangup.uniqueId())
                .ifPresent(attempt -> legEnded(attempt, unanswered(hangup.cause()))));
  }

  /** Attempts whose advisor leg vanished while the AMI link was down are settled now. */
  @EventListener
  void resynced(LiveChannelsListed live) {
    guarded(
        () ->
            callbacks.withLegs().stream()
                .filter(
                    callback -> live.showsEnded(callback.channelId(), callback.attemptStartedAt()))
                .forEach(
                    callback -> {
                      log.info("Call-back attempt {} ended unseen: settled", callback.channelId());
                      callbacks
                          .attempt(callback.channelId())
                          .ifPresent(attempt -> legEnded(attempt, DialStatus.CANCEL));
                    }));
  }

  private void advisorAnswered(CallbackAttempt attempt) {
    attempts.advisorAnswered(attempt.channelId(), clock.instant());
    presence.callAnswered(attempt.advisorId(), attempt.channelId(), clock.instant());
  }

  /** The advisor did not take it: a missed offer as for a live call; no attempt used. */
  private void advisorMissed(CallbackAttempt attempt, DialStatus outcome) {
    Instant now = clock.instant();
    presence.offerFailed(attempt.advisorId(), attempt.channelId(), outcome, now);
    if (attempts.advisorMissed(attempt.channelId(), outcome, now)) {
      events.publishEvent(
          new OfferDeclined(
              attempt.caseNumber(),
              attempt.advisorId(),
              outcome,
              Duration.between(attempt.startedAt(), now),
              now));
    }
  }

  private void ownerOutcome(CallbackAttempt attempt, DialStatus status) {
    Instant now = clock.instant();
    if (status == DialStatus.ANSWER) {
      if (attempts.ownerAnswered(attempt.channelId(), now)) {
        callbacks.find(attempt.caseNumber()).ifPresent(done -> answered(done, now));
      }
      return;
    }
    if (status == DialStatus.CANCEL) {
      attempts.interrupted(attempt.channelId(), now); // the advisor hung up first
      return;
    }
    int attemptsDone = callbacks.find(attempt.caseNumber()).map(Callback::attempts).orElse(0) + 1;
    Optional<Callback> after =
        attempts.ownerMissed(
            attempt.channelId(),
            status,
            settings.callbacks().maxAttempts(),
            settings.callbacks().retryDelayAfter(attemptsDone),
            now);
    after.ifPresent(
        callback ->
            events.publishEvent(
                callback.state() == CallbackState.FAILED
                    ? new CallbackFailed(
                        callback.caseNumber(),
                        attempt.advisorId(),
                        callback.attempts(),
                        status,
                        now)
                    : new CallbackAttemptFailed(
                        callback.caseNumber(),
                        attempt.advisorId(),
                        status,
                        callback.attempts(),
                        callback.dueAt(),
                        now)));
  }

  private void answered(Callback done, Instant now) {
    String chamber =
        directory.find(done.advisorId()).map(advisor -> advisor.chamber()).orElse(null);
    events.publishEvent(
        new CallAnswered(
            done.caseNumber(),
            done.advisorId(),
            chamber,
            done.department(),
            Duration.between(done.arrivedAt(), now),
            now,
            true));
  }

  /**
   * The advisor's leg is gone: the call is over, or the attempt ended before the owner's outcome;
   * {@code ifRinging} is what a hang-up while it still rang the advisor counts as.
   */
  private void legEnded(CallbackAttempt attempt, DialStatus ifRinging) {
    Instant now = clock.instant();
    Optional<Callback> callback = callbacks.findByChannel(attempt.channelId());
    CallbackState state = callback.map(Callback::state).orElse(null);
    if (state == CallbackState.RINGING) {
      advisorMissed(attempt, ifRinging);
    } else if (state == CallbackState.ANSWERED) {
      // Hung up on « Rappel du dossier… »: not taken, offered again at once (to someone else
      // first). Hanging up on the same call-back twice pauses the advisor, as letting it ring
      // would: else a lone advisor would be rung again every few seconds.
      if (callback.get().tried().contains(attempt.advisorId())) {
        presence.pauseForMissedOffers(attempt.advisorId(), now);
      }
      advisorMissed(attempt, DialStatus.NOANSWER);
    } else if (state != null && state.attempting()) {
      attempts.interrupted(attempt.channelId(), now);
    } else if (state == CallbackState.DONE && attempts.talkEnded(attempt.channelId(), now)) {
      Instant answered = callback.get().answeredAt() == null ? now : callback.get().answeredAt();
      events.publishEvent(
          new CallCompleted(
              attempt.caseNumber(), attempt.advisorId(), Duration.between(answered, now), now));
    }
    presence.callEnded(attempt.advisorId(), attempt.channelId(), now);
  }

  /** Q.850 causes of a leg hung up before it was answered. */
  private static DialStatus unanswered(int cause) {
    return switch (cause) {
      case 19 -> DialStatus.NOANSWER;
      case 17 -> DialStatus.BUSY;
      default -> DialStatus.CHANUNAVAIL;
    };
  }

  private static void guarded(Runnable step) {
    try {
      step.run();
    } catch (DataAccessException unreachable) {
      log.warn(
          "Call-backs unreachable while following an attempt: {}",
          unreachable.getClass().getSimpleName());
    }
  }
}
