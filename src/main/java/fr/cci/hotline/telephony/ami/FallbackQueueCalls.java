package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.FallbackCallEnded.Outcome;
import fr.cci.hotline.telephony.LiveChannelsListed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows each caller through the fallback queue from app_queue's events and says how their stay
 * ended. app_queue reports a caller who is answered as QueueCallerLeave then AgentConnect, one who
 * hangs up as QueueCallerAbandon then QueueCallerLeave, and one whose Queue() timeout runs out as
 * QueueCallerLeave alone (the dialplan then plays the closing message and hangs up): so a stay that
 * ends with a leave is settled by what comes next for that caller, a connect or the hang-up. Runs
 * on Asterisk-Java's dispatch thread: map operations only.
 */
@Component
class FallbackQueueCalls {

  /** The dialplan's fail-open queue (asterisk-config/queues.conf). */
  static final String QUEUE = "hotline-fallback";

  /** A caller in the queue since {@code joinedAt}; {@code leftAt} once app_queue let them go. */
  private record Stay(Instant joinedAt, Instant leftAt) {}

  private final Map<String, Stay> stays = new ConcurrentHashMap<>();

  FallbackQueueCalls(MeterRegistry meters) {
    Gauge.builder("hotline.calls.fallback.waiting", stays, FallbackQueueCalls::waiting)
        .description("Callers waiting in the fallback queue, as this instance hears AMI")
        .register(meters);
  }

  /** The end of a stay that {@code event} settles, or null. */
  FallbackCallEnded settle(ManagerEvent event, Instant now) {
    if (event instanceof QueueCallerJoinEvent join && QUEUE.equals(join.getQueue())) {
      stays.put(join.getUniqueId(), new Stay(now, null));
    } else if (event instanceof QueueCallerLeaveEvent leave && QUEUE.equals(leave.getQueue())) {
      stays.computeIfPresent(leave.getUniqueId(), (id, stay) -> new Stay(stay.joinedAt(), now));
    } else if (event instanceof AgentConnectEvent connect && QUEUE.equals(connect.getQueue())) {
      return ended(connect.getUniqueId(), Outcome.ANSWERED, connect.getHoldTime(), now);
    } else if (event instanceof QueueCallerAbandonEvent abandon
        && QUEUE.equals(abandon.getQueue())) {
      Integer held = abandon.getHoldTime();
      return ended(
          abandon.getUniqueId(), Outcome.ABANDONED, held == null ? null : held.longValue(), now);
    } else if (event instanceof HangupEvent hangup && hangup.getUniqueId() != null) {
      Stay stay = stays.get(hangup.getUniqueId());
      if (stay != null && stay.leftAt() != null) {
        return ended(hangup.getUniqueId(), Outcome.TIMED_OUT, null, stay.leftAt());
      }
    }
    return null;
  }

  /** Stays whose events were missed while the link was down are dropped, not guessed. */
  @EventListener
  void resynced(LiveChannelsListed live) {
    stays.keySet().retainAll(live.uniqueIds());
  }

  /**
   * @param heldSeconds app_queue's own measure of the wait, when the event gives it
   */
  private FallbackCallEnded ended(String callId, Outcome outcome, Long heldSeconds, Instant at) {
    Stay stay = callId == null ? null : stays.remove(callId);
    if (stay == null) {
      return null; // joined before this instance listened: its start is unknown
    }
    Duration waited =
        heldSeconds != null
            ? Duration.ofSeconds(heldSeconds)
            : Duration.between(stay.joinedAt(), at);
    return new FallbackCallEnded(callId, outcome, waited, at);
  }

  private static double waiting(Map<String, Stay> stays) {
    return stays.values().stream().filter(stay -> stay.leftAt() == null).count();
  }
}
