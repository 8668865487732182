package fr.cci.hotline.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingEntry.State;
import fr.cci.hotline.routing.line.WaitingLine;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Dispatch passes against the real waiting line and presence tables (no PBX): who gets the advisor
 * who frees up.
 */
@SpringBootTest(properties = "hotline.routing.widen-to-region-after=1h")
@ActiveProfiles("test")
class DispatcherTests {

  @Autowired Dispatcher dispatcher;
  @Autowired DispatchLoop loop;
  @Autowired WaitingLine line;
  @Autowired Presence presence;
  @Autowired JdbcTemplate sql;
  @Autowired Clock clock;

  @BeforeEach
  void quietTeamAndEmptyLine() {
    loop.stop(); // passes run here, one at a time
    sql.update("delete from waiting_call");
    // Earlier tests leave advisors ringing for calls that will never be dialled: start afresh.
    sql.update(
        "update advisor_presence set state = 'OFFLINE', current_call = null, current_leg = null,"
            + " after_call = null, version = version + 1");
  }

  @AfterEach
  void restartTheLoop() {
    loop.start();
  }

  @Test
  void theLongestWaitingCallerGetsTheAdvisorWhoFreesUp() {
    Instant now = clock.instant();
    join("late", "14", now.minusSeconds(5));
    join("early", "14", now.minusSeconds(20));
    join("middle", "14", now.minusSeconds(10));
    presence.logIn("adv101", now);

    assertThat(dispatcher.pass()).isEqualTo(1);

    assertThat(stateOf("early")).isEqualTo(State.OFFERED);
    assertThat(line.find("early").orElseThrow().advisorId()).isEqualTo("adv101");
    assertThat(stateOf("middle")).isEqualTo(State.WAITING);
    assertThat(stateOf("late")).isEqualTo(State.WAITING);
  }

  @Test
  void theAdvisorGoesToTheLongestWaitingCallerTheyAreEligibleFor() {
    Instant now = clock.instant();
    join("rouen-caller", "76", now.minusSeconds(20)); // not yet allowed outside its chambers
    join("caen-caller", "14", now.minusSeconds(10));
    presence.logIn("adv101", now); // CCI Caen Normandie

    dispatcher.pass();

    assertThat(stateOf("caen-caller")).isEqualTo(State.OFFERED);
    assertThat(stateOf("rouen-caller")).isEqualTo(State.WAITING);
  }

  @Test
  void anAdvisorIsNeverOfferedTwoCallsAndASecondAdvisorTakesTheNextCaller() {
    Instant now = clock.instant();
    join("first", "14", now.minusSeconds(30));
    join("second", "14", now.minusSeconds(20));
    join("third", "14", now.minusSeconds(10));
    presence.logIn("adv101", now.minusSeconds(60));
    presence.logIn("adv102", now);

    dispatcher.pass();
    dispatcher.pass();

    assertThat(line.find("first").orElseThrow().advisorId()).isEqualTo("adv101");
    assertThat(line.find("second").orElseThrow().advisorId()).isEqualTo("adv102");
    assertThat(stateOf("third")).isEqualTo(State.WAITING);
    assertThat(presence.status("adv101").orElseThrow().state()).isEqualTo(PresenceState.RINGING);
    assertThat(presence.status("adv101").orElseThrow().currentCall()).isEqualTo("first");
  }

  @Test
  void aCallerWhoseInstanceStoppedBeatingIsSkipped() {
    Instant now = clock.instant();
    line.join(
        entry("orphan", "14", now.minusSeconds(120)),
        now.minus(Dispatcher.HEARTBEAT_TIMEOUT).minusSeconds(1));
    join("alive", "14", now.minusSeconds(10));
    presence.logIn("adv101", now);

    dispatcher.pass();

    assertThat(stateOf("alive")).isEqualTo(State.OFFERED);
    assertThat(stateOf("orphan")).isEqualTo(State.WAITING);
  }

  private void join(String callId, String department, Instant arrivedAt) {
    line.join(entry(callId, department, arrivedAt), clock.instant());
  }

  private static WaitingEntry entry(String callId, String department, Instant arrivedAt) {
    return WaitingEntry.waiting(
        callId, "CP-" + callId, department, arrivedAt, null, "test-instance");
  }

  private State stateOf(String callId) {
    return line.find(callId).orElseThrow().state();
  }
}
