package fr.cci.hotline.advisors.pbx;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.directory.AdvisorFormats;
import fr.cci.hotline.advisors.presence.PresenceRow;
import fr.cci.hotline.advisors.presence.PresenceRules;
import fr.cci.hotline.advisors.presence.PresenceTable;
import fr.cci.hotline.advisors.presence.PresenceTransitions;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.ContactStatusChanged;
import fr.cci.hotline.telephony.DeviceState;
import fr.cci.hotline.telephony.DeviceStateChanged;
import fr.cci.hotline.telephony.DialFinished;
import fr.cci.hotline.telephony.DialStarted;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.LiveChannelsListed;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps presence honest with what the PBX reports. Every service instance receives every AMI event,
 * so each reaction is a compare-and-set that only one instance wins and that a repeated event
 * leaves as it is. Times come from our clock, the one routing compares with.
 *
 * <p>Desk phones report their state and registration; mobiles behind the trunk report nothing, so
 * ringing, answer and hang-up are followed on the call's legs for every phone.
 */
@Component
class PbxFacts {

  private final PresenceTable table;
  private final PresenceRules rules;
  private final PresenceTransitions transitions;
  private final Clock clock;

  PbxFacts(PresenceTable table, PresenceRules rules, PresenceTransitions transitions, Clock clock) {
    this.table = table;
    this.rules = rules;
    this.transitions = transitions;
    this.clock = clock;
  }

  /**
   * INUSE or BUSY makes the advisor unreachable for offers; a state other than UNAVAILABLE, INVALID
   * or UNKNOWN proves the phone registered (after an AMI outage no contact event may come). Only
   * PJSIP devices can be advisors' phones: queue and Local devices are not looked up.
   */
  @EventListener
  void deviceStateChanged(DeviceStateChanged fact) {
    if (!fact.device().startsWith(AdvisorFormats.TECHNOLOGY)) {
      return;
    }
    Instant now = clock.instant();
    for (PresenceRow row : table.findByPhone(fact.device())) {
      DeviceState device = fact.state();
      boolean registered =
          device.unreachable() || device == DeviceState.UNKNOWN ? row.phone().registered() : true;
      transitions.phoneChanged(row, device, registered, fact.reportedAt(), now);
    }
  }

  /**
   * After an AMI (re)connection: a call that ended while the link was down left its advisor on the
   * call; it ends now. (An idle device state is not proof enough: it may be a late report.)
   */
  @EventListener
  void liveChannelsListed(LiveChannelsListed live) {
    Instant now = clock.instant();
    for (PresenceRow row : table.findInCalls()) {
      String call = row.call().id();
      String leg = row.call().leg();
      Instant since = row.status().since();
      if (call != null
          && live.showsEnded(call, since)
          && (leg == null || live.showsEnded(leg, since))) {
        transitions.apply(row.advisor().id(), current -> rules.callEnded(current, call, null, now));
      }
    }
  }

  @EventListener
  void contactStatusChanged(ContactStatusChanged fact) {
    Instant now = clock.instant();
    for (PresenceRow row : table.findByPhone(AdvisorFormats.TECHNOLOGY + fact.aor())) {
      transitions.phoneChanged(
          row, row.phone().deviceState(), fact.reachable(), fact.reportedAt(), now);
    }
  }

  @EventListener
  void dialStarted(DialStarted fact) {
    Instant now = clock.instant();
    if (blank(fact.dialString())) {
      return;
    }
    for (PresenceRow row : table.findByPhone(AdvisorFormats.phoneOf(fact.dialString()))) {
      transitions.apply(
          row.advisor().id(),
          current ->
              rules.dialStarted(current, fact.callerUniqueId(), fact.destinationUniqueId(), now));
    }
  }

  @EventListener
  void dialFinished(DialFinished fact) {
    Instant now = clock.instant();
    if (blank(fact.destinationUniqueId())) {
      return;
    }
    for (PresenceRow row : table.findByChannel(fact.destinationUniqueId())) {
      String call = row.call().id();
      String leg = fact.destinationUniqueId();
      transitions.apply(
          row.advisor().id(),
          current ->
              fact.status() == DialStatus.ANSWER
                  ? rules.callAnswered(current, call, leg, now)
                  : rules.offerFailed(current, call, leg, fact.status(), now));
    }
  }

  /**
   * The advisor's leg hung up: the call is over. The caller's channel hung up: over too, or, if the
   * phone was still ringing, an offer the caller gave up on (not the advisor's miss).
   */
  @EventListener
  void channelHungUp(ChannelHungUp fact) {
    Instant now = clock.instant();
    if (blank(fact.uniqueId())) {
      return;
    }
    for (PresenceRow row : table.findByChannel(fact.uniqueId())) {
      String call = row.call().id();
      boolean callerLeft = fact.uniqueId().equals(call);
      transitions.apply(
          row.advisor().id(),
          current ->
              callerLeft && current.state() == PresenceState.RINGING
                  ? rules.offerFailed(current, call, null, DialStatus.CANCEL, now)
                  : rules.callEnded(current, call, callerLeft ? null : fact.uniqueId(), now));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
