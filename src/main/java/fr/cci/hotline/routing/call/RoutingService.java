package fr.cci.hotline.routing.call;

import fr.cci.hotline.routing.CallQueued;
import fr.cci.hotline.routing.Caller;
import fr.cci.hotline.routing.Routing;
import fr.cci.hotline.routing.line.InstanceId;
import fr.cci.hotline.routing.line.PreviousAdvisors;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.support.DatabaseAvailability;
import fr.cci.hotline.telephony.CallChannel;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/** Puts a located caller in the waiting line and waits with them for a decision. */
@Service
class RoutingService implements Routing {

  private static final Logger log = LoggerFactory.getLogger(RoutingService.class);

  private final WaitingLine line;
  private final WaitingRoom room;
  private final PreviousAdvisors previousAdvisors;
  private final InstanceId instance;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final DatabaseAvailability database;

  RoutingService(
      WaitingLine line,
      WaitingRoom room,
      PreviousAdvisors previousAdvisors,
      InstanceId instance,
      ApplicationEventPublisher events,
      Clock clock,
      DatabaseAvailability database) {
    this.line = line;
    this.room = room;
    this.previousAdvisors = previousAdvisors;
    this.instance = instance;
    this.events = events;
    this.clock = clock;
    this.database = database;
  }

  @Override
  public void route(CallChannel call, Caller caller) {
    // From here on the service may wait for the database: the caller hears music, not silence.
    call.music(true);
    if (!database.available()) {
      return; // no decision: the dialplan's fallback queue, at once
    }
    WaitingEntry entry =
        WaitingEntry.waiting(
            caller.callId(),
            caller.caseNumber(),
            caller.department(),
            caller.arrivedAt(),
            previousAdvisors.of(caller.callerNumber()),
            instance.value());
    Instant now = clock.instant();
    WaitingEntry joined;
    try {
      joined = line.join(entry, now);
    } catch (DataAccessException unreachable) {
      if (DatabaseAvailability.noConnection(unreachable) && database.markUnavailable()) {
        log.warn(
            "Waiting line unreachable ({}); calls go to the fallback queue until the database"
                + " answers again",
            unreachable.getClass().getSimpleName());
      }
      return; // no decision: the dialplan's fallback queue
    }
    events.publishEvent(
        new CallQueued(caller.caseNumber(), caller.callId(), caller.department(), now));
    room.await(call, joined, true);
  }
}
