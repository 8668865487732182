package fr.cci.hotline.routing.call;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.OfferDeclined;
import fr.cci.hotline.routing.line.InstanceId;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.support.DatabaseAvailability;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallScript;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.HotlineAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The {@code hotline-after-dial} script: the advisor did not answer (or was busy or unreachable).
 * The caller goes back to their place in the line, that advisor marked as tried, and waits for the
 * next one.
 */
@Component
class AfterDialScript implements CallScript {

  private static final Logger log = LoggerFactory.getLogger(AfterDialScript.class);

  private final WaitingLine line;
  private final WaitingRoom room;
  private final Presence presence;
  private final InstanceId instance;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final DatabaseAvailability database;

  AfterDialScript(
      WaitingLine line,
      WaitingRoom room,
      Presence presence,
      InstanceId instance,
      ApplicationEventPublisher events,
      Clock clock,
      DatabaseAvailability database) {
    this.line = line;
    this.room = room;
    this.presence = presence;
    this.instance = instance;
    this.events = events;
    this.clock = clock;
    this.database = database;
  }

  @Override
  public String name() {
    return "hotline-after-dial";
  }

  @Override
  public void run(CallChannel call) {
    DialStatus status = DialStatus.parse(call.variable(CallVariable.DIALSTATUS.name()).orElse(""));
    if (status == DialStatus.ANSWER) {
      call.set(CallVariable.HOTLINE_ACTION, HotlineAction.HANGUP.name());
      return;
    }
    call.music(true); // the caller hears music while the line is looked up
    if (!database.available()) {
      return; // no decision: the dialplan's fallback queue, at once
    }
    Instant now = clock.instant();
    WaitingEntry entry;
    try {
      entry = line.find(call.uniqueId()).orElse(null);
      if (entry == null) {
        entry = rejoin(call, now);
      } else if (entry.advisorId() != null) {
        declined(entry, status, now);
      }
    } catch (DataAccessException unreachable) {
      if (DatabaseAvailability.noConnection(unreachable) && database.markUnavailable()) {
        log.warn(
            "Waiting line unreachable after a Dial ({}); calls go to the fallback queue until the"
                + " database answers again",
            unreachable.getClass().getSimpleName());
      }
      return;
    }
    room.await(call, entry, false);
  }

  private void declined(WaitingEntry entry, DialStatus status, Instant now) {
    presence.offerFailed(entry.advisorId(), entry.callId(), status, now);
    Duration rang =
        entry.offeredAt() == null ? Duration.ZERO : Duration.between(entry.offeredAt(), now);
    if (line.requeue(entry.callId(), entry.advisorId(), instance.value(), now)) {
      events.publishEvent(
          new OfferDeclined(entry.caseNumber(), entry.advisorId(), status, rang, now));
    }
  }

  /** The line lost this caller (a restart between the offer and now): they join again. */
  private WaitingEntry rejoin(CallChannel call, Instant now) {
    String caseNumber = call.variable(CallVariable.HOTLINE_CASE.name()).orElse("unknown");
    WaitingEntry entry =
        WaitingEntry.waiting(call.uniqueId(), caseNumber, null, now, null, instance.value());
    return line.join(entry, now);
  }
}
