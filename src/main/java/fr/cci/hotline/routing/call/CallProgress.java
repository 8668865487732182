package fr.cci.hotline.routing.call;

import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.routing.CallAnswered;
import fr.cci.hotline.routing.CallCompleted;
import fr.cci.hotline.routing.CallTakenOver;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.line.InstanceId;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.telephony.CallControl;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.DialFinished;
import fr.cci.hotline.telephony.DialStarted;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.LiveChannelsListed;
import fr.cci.hotline.telephony.TelephonyFailure;
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
 * Follows offered calls through the PBX's facts: ringing, answered, ended. Every instance hears
 * every AMI event; the waiting line's conditional updates let exactly one of them record each step.
 */
@Component
class CallProgress {

  private static final Logger log = LoggerFactory.getLogger(CallProgress.class);

  private final WaitingLine line;
  private final AdvisorDirectory directory;
  private final CallControl control;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final InstanceId instance;
  private final LineExit exit;

  CallProgress(
      WaitingLine line,
      AdvisorDirectory directory,
      CallControl control,
      ApplicationEventPublisher events,
      Clock clock,
      InstanceId instance,
      LineExit exit) {
    this.line = line;
    this.directory = directory;
    this.control = control;
    this.events = events;
    this.clock = clock;
    this.instance = instance;
    this.exit = exit;
  }

  @EventListener
  void ringing(DialStarted dial) {
    if (!dial.callerUniqueId().isEmpty()) {
      guarded(() -> line.ringing(dial.callerUniqueId(), dial.destinationChannel()));
    }
  }

  @EventListener
  void dialled(DialFinished dial) {
    if (dial.status() != DialStatus.ANSWER || dial.callerUniqueId().isEmpty()) {
      return; // the after-dial script handles the other outcomes
    }
    guarded(
        () -> {
          Optional<WaitingEntry> entry = line.find(dial.callerUniqueId());
          if (entry.isPresent() && line.connected(dial.callerUniqueId(), dial.at())) {
            WaitingEntry answered = entry.get();
            String chamber =
                directory.find(answered.advisorId()).map(advisor -> advisor.chamber()).orElse(null);
            events.publishEvent(
                new CallAnswered(
                    answered.caseNumber(),
                    answered.advisorId(),
                    chamber,
                    answered.department(),
                    answered.waitedUntil(dial.at()),
                    dial.at(),
                    false));
          }
        });
  }

  @EventListener
  void hungUp(ChannelHungUp hangup) {
    guarded(() -> ended(hangup.uniqueId(), hangup.at()));
  }

  /**
   * The fallback queue took the caller: their FastAGI session broke (the instance holding it died)
   * or gave up. They are in our line no longer — counted and recorded as the fallback queue's call,
   * not as an abandon — and an advisor reserved for them is released. Another instance's caller is
   * handed over: that instance may be gone, and its case would stay open.
   */
  @EventListener
  void takenByTheFallbackQueue(FallbackCallEnded ended) {
    guarded(
        () ->
            exit.leave(ended.callId(), null, ended.at())
                .filter(row -> !instance.value().equals(row.instanceId()))
                .ifPresent(row -> events.publishEvent(new CallTakenOver(row.caseNumber(), ended))));
  }

  @EventListener
  void resynced(LiveChannelsListed live) {
    guarded(() -> line.endedAmong(live).forEach(callId -> ended(callId, live.askedAt())));
  }

  /** An advisor who pauses or leaves while their phone rings is not rung any longer. */
  @EventListener
  void presenceChanged(PresenceChanged change) {
    if (change.to() != PresenceState.PAUSED && change.to() != PresenceState.OFFLINE) {
      return;
    }
    guarded(
        () ->
            line.offeredTo(change.advisorId())
                .map(WaitingEntry::ringingChannel)
                .ifPresent(this::stopRinging));
  }

  private void ended(String callId, Instant now) {
    Optional<WaitingEntry> left = exit.leave(callId, null, now);
    if (left.isEmpty()) {
      return;
    }
    WaitingEntry row = left.get();
    if (row.state() == WaitingEntry.State.CONNECTED) {
      Instant answered = row.answeredAt() == null ? now : row.answeredAt();
      events.publishEvent(
          new CallCompleted(
              row.caseNumber(), row.advisorId(), Duration.between(answered, now), now));
      return;
    }
    events.publishEvent(
        new CallerLeftWaiting(row.caseNumber(), row.department(), row.waitedUntil(now), now));
  }

  private void stopRinging(String channel) {
    if (channel == null) {
      return;
    }
    try {
      control.hangup(channel);
    } catch (TelephonyFailure alreadyGone) {
      log.debug("Could not stop ringing {}: {}", channel, alreadyGone.getMessage());
    }
  }

  private static void guarded(Runnable step) {
    try {
      step.run();
    } catch (DataAccessException unreachable) {
      log.warn(
          "Waiting line unreachable while following a call: {}",
          unreachable.getClass().getSimpleName());
    }
  }
}
