package fr.cci.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.FallbackCallEnded.Outcome;
import fr.cci.hotline.telephony.LiveChannelsListed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEvent;
import org.asteriskjava.manager.event.SoftHangupRequestEvent;
import org.junit.jupiter.api.Test;

/**
 * A caller's stay in the fallback queue from app_queue's events, in the orders Asterisk 22 sends
 * them (src/test/resources/simulator/lab/ami-fallback-transcript.txt for an answer;
 * AsteriskFallbackTests for a hang-up and a timeout, both reported as QueueCallerAbandon).
 */
class FallbackQueueCallsTests {

  private static final Instant JOINED = Instant.parse("2026-11-27T09:00:00Z");
  private static final String CALLER = "1795760509.31";

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final FallbackQueueCalls calls = new FallbackQueueCalls(meters);

  @Test
  void aCallerWhoLeavesAndIsConnectedWasAnsweredAfterTheHoldTimeAppQueueMeasured() {
    assertThat(at(0, join(FallbackQueueCalls.QUEUE))).isNull();
    assertThat(waiting()).isEqualTo(1);
    assertThat(at(12, leave(FallbackQueueCalls.QUEUE))).isNull();

    FallbackCallEnded ended = at(12, connect(11L));

    assertThat(ended.callId()).isEqualTo(CALLER);
    assertThat(ended.outcome()).isEqualTo(Outcome.ANSWERED);
    assertThat(ended.waited()).isEqualTo(Duration.ofSeconds(11));
    assertThat(at(300, hangupRequest())).isNull();
    assertThat(at(300, hangup())).as("settled once").isNull();
    assertThat(waiting()).isZero();
  }

  @Test
  void aCallerWhoHangsUpInTheQueueAbandoned() {
    at(0, join(FallbackQueueCalls.QUEUE));
    assertThat(at(25, hangupRequest())).isNull();

    FallbackCallEnded ended = at(25, abandon(25));

    assertThat(ended.outcome()).isEqualTo(Outcome.ABANDONED);
    assertThat(ended.waited()).isEqualTo(Duration.ofSeconds(25));
    assertThat(at(25, leave(FallbackQueueCalls.QUEUE))).isNull();
    assertThat(at(25, hangup())).isNull();
  }

  @Test
  void aCallerLetGoByTheQueuesTimeoutIsAnAbandonWithNoHangUpBeforeIt() {
    at(0, join(FallbackQueueCalls.QUEUE));

    FallbackCallEnded ended = at(1800, abandon(1800));

    assertThat(ended.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(ended.waited()).isEqualTo(Duration.ofSeconds(1800));
    assertThat(at(1800, leave(FallbackQueueCalls.QUEUE))).isNull();
    assertThat(waiting()).isZero();
    assertThat(at(1806, softHangupRequest())).as("the closing message, then Hangup()").isNull();
    assertThat(at(1806, hangup())).isNull();
  }

  @Test
  void otherQueuesAndCallersJoinedBeforeTheServiceListenedAreNotCounted() {
    assertThat(at(0, join("support"))).isNull();
    assertThat(at(5, leave("support"))).isNull();
    assertThat(at(5, connect(5L))).as("joined another queue").isNull();
    assertThat(at(9, abandon(9))).isNull();
    assertThat(at(9, hangup())).isNull();
    assertThat(waiting()).isZero();
  }

  @Test
  void staysWhoseEndWasMissedWhileTheLinkWasDownAreDroppedAtTheResync() {
    at(0, join(FallbackQueueCalls.QUEUE));

    calls.resynced(new LiveChannelsListed(Set.of("1795760600.1"), JOINED.plusSeconds(60)));

    assertThat(waiting()).isZero();
    assertThat(at(61, abandon(61))).isNull();
  }

  @Test
  void aStayBegunAMomentBeforeTheListWasAskedForIsKeptThoughAbsentFromIt() {
    at(0, join(FallbackQueueCalls.QUEUE));

    calls.resynced(new LiveChannelsListed(Set.of(), JOINED.plusSeconds(1)));

    assertThat(waiting()).isEqualTo(1);
    assertThat(at(12, connect(12L)).outcome()).isEqualTo(Outcome.ANSWERED);
  }

  private FallbackCallEnded at(int seconds, ManagerEvent event) {
    return calls.settle(event, JOINED.plusSeconds(seconds));
  }

  private double waiting() {
    return meters.get("hotline.calls.fallback.waiting").gauge().value();
  }

  private static QueueCallerJoinEvent join(String queue) {
    return ofCaller(new QueueCallerJoinEvent(new Object()), queue);
  }

  private static QueueCallerLeaveEvent leave(String queue) {
    return ofCaller(new QueueCallerLeaveEvent(new Object()), queue);
  }

  /** The test's caller, in that queue. */
  private static <T extends QueueEvent> T ofCaller(T event, String queue) {
    event.setQueue(queue);
    event.setUniqueId(CALLER);
    return event;
  }

  private static AgentConnectEvent connect(Long holdTime) {
    AgentConnectEvent event = new AgentConnectEvent(new Object());
    event.setQueue(FallbackQueueCalls.QUEUE);
    event.setUniqueId(CALLER);
    event.setHoldTime(holdTime);
    return event;
  }

  private static QueueCallerAbandonEvent abandon(int holdTime) {
    QueueCallerAbandonEvent event =
        ofCaller(new QueueCallerAbandonEvent(new Object()), FallbackQueueCalls.QUEUE);
    event.setHoldTime(holdTime);
    return event;
  }

  private static HangupRequestEvent hangupRequest() {
    HangupRequestEvent event = new HangupRequestEvent(new Object());
    event.setUniqueId(CALLER);
    return event;
  }

  private static SoftHangupRequestEvent softHangupRequest() {
    SoftHangupRequestEvent event = new SoftHangupRequestEvent(new Object());
    event.setUniqueId(CALLER);
    return event;
  }

  private static HangupEvent hangup() {
    HangupEvent event = new HangupEvent(new Object());
    event.setUniqueId(CALLER);
    return event;
  }
}
