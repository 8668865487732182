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
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.SoftHangupRequestEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows each caller through the fallback queue from app_queue's events and says how their stay
 * ended. Asterisk 22 reports an answer as AgentConnect; but it reports both a caller who hangs up
 * and a caller whose Queue() timeout runs out as QueueCallerAbandon (app_queue records both as
 * abandoned): what tells them apart is the caller's hang-up request, which comes before the abandon
 * when the caller hung up, and only after it (the dialplan's closing message, then Hangup()) when
 * time ran out. Seen on the real PBX by AsteriskFallbackTests. Runs on Asterisk-Java's dispatch
 * thread: map operations only.
 */
@Component
class FallbackQueueCalls {

  /** The dialplan's fail-open queue (asterisk-config/queues.conf). */
  static final String QUEUE = "hotline-fallback";

  /**
   * A caller in the queue since {@code joinedAt}; {@code hungUp} once their channel was asked to
   * hang up; {@code left} once app_queue let them go.
   */
  private record Stay(Instant joinedAt, boolean hungUp, boolean left) {}

  private final Map<String, Stay> stays = new ConcurrentHashMap<>();

  FallbackQueueCalls(MeterRegistry meters) {
    Gauge.builder("hotline.calls.fallback.waiting", stays, FallbackQueueCalls::waiting)
        .description("Callers waiting in the fallback queue, as this instance hears AMI")
        .register(meters);
  }

  /** The end of a stay that {@code event} settles, or null. */
  FallbackCallEnded settle(ManagerEvent event, Instant now) {
    if (event instanceof QueueCallerJoinEvent join && QUEUE.equals(join.getQueue())) {
      stays.put(join.getUniqueId(), new Stay(now, false, false));
    } else if (event instanceof HangupRequestEvent request) {
      hungUp(request.getUniqueId());
    } else if (event instanceof SoftHangupRequestEvent request) {
      hungUp(request.getUniqueId());
    } else if (event instanceof AgentConnectEvent connect && QUEUE.equals(connect.getQueue())) {
      return ended(connect.getUniqueId(), true, connect.getInterface(), connect.getHoldTime(), now);
    } else if (event instanceof QueueCallerAbandonEvent abandon
        && QUEUE.equals(abandon.getQueue())) {
      Integer held = abandon.getHoldTime();
      return ended(abandon.getUniqueId(), false, null, held == null ? null : held.longValue(), now);
    } else if (event instanceof QueueCallerLeaveEvent leave && QUEUE.equals(leave.getQueue())) {
      stays.computeIfPresent(
          leave.getUniqueId(), (id, stay) -> new Stay(stay.joinedAt(), stay.hungUp(), true));
    } else if (event instanceof HangupEvent hangup && hangup.getUniqueId() != null) {
      stays.remove(hangup.getUniqueId()); // left the queue some other way: nothing to count
    }
    return null;
  }

  /** Stays whose events were missed while the link was down are dropped, not guessed. */
  @EventListener
  void resynced(LiveChannelsListed live) {
    stays.entrySet().removeIf(stay -> live.showsEnded(stay.getKey(), stay.getValue().joinedAt()));
  }

  private void hungUp(String callId) {
    if (callId != null) {
      stays.computeIfPresent(callId, (id, stay) -> new Stay(stay.joinedAt(), true, stay.left()));
    }
  }

  /**
   * @param answered whether an advisor took the call, else app_queue let the caller go
   * @param member the interface of the member who took it
   * @param heldSeconds app_queue's own measure of the wait, when the event gives it
   */
  private FallbackCallEnded ended(
      String callId, boolean answered, String member, Long heldSeconds, Instant at) {
    Stay stay = callId == null ? null : stays.remove(callId);
    if (stay == null) {
      return null; // joined before this instance listened: its start is unknown
    }
    Outcome outcome =
        answered ? Outcome.ANSWERED : stay.hungUp() ? Outcome.ABANDONED : Outcome.TIMED_OUT;
    Duration waited =
        heldSeconds != null
            ? Duration.ofSeconds(heldSeconds)
            : Duration.between(stay.joinedAt(), at);
    return new FallbackCallEnded(callId, outcome, answered ? member : null, waited, at);
  }

  private static double waiting(Map<String, Stay> stays) {
    return stays.values().stream().filter(stay -> !stay.left()).count();
  }
}
