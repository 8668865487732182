package fr.cci.hotline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.FallbackCallEnded.Outcome;
import fr.cci.hotline.testing.PbxTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Calls the dialplan's fallback queue takes while the service cannot decide (here: nothing listens
 * where the dialplan sends FastAGI), seen over AMI and counted apart, once per call, by how they
 * left the queue.
 */
class FallbackCallsTests extends PbxTestSupport {

  private static final String SHIPPED_TIMEOUT = "1800";

  @Autowired MeterRegistry meters;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @LocalServerPort int port;

  @BeforeEach
  void theServiceDoesNotAnswerFastAgi() {
    pbx.agiTarget("127.0.0.1", closedPort());
    // Everyone was logged out before this test, but their queue membership leaves over AMI after
    // that: a member left from the previous test would answer a call meant to find nobody.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pbx.queueMembers("hotline-fallback").isEmpty());
  }

  @AfterEach
  void theFallbackQueueWaitsAsShipped() {
    pbx.global("HOTLINE_FALLBACK_TIMEOUT", SHIPPED_TIMEOUT);
  }

  @Test
  void aCallThatAPresentAdvisorAnswersInTheFallbackQueueCountsAsAnswered() {
    double before = counted(Outcome.ANSWERED);
    teamOf("adv101");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pbx.queueMembers("hotline-fallback").contains("PJSIP/adv101"));

    CallRecord call = ended(pbx.call(CallerScript.from("0622920001")));

    assertThat(call.reachedFallbackQueue()).isTrue();
    assertThat(call.answeredBy()).isEqualTo("adv101");
    await().atMost(Duration.ofSeconds(10)).until(() -> counted(Outcome.ANSWERED) == before + 1);
    assertThat(outcomeOf(call)).containsEntry("OUTCOME", "ANSWERED");
  }

  @Test
  void aCallerWhoHangsUpInTheFallbackQueueAbandoned() {
    double before = counted(Outcome.ABANDONED);

    CallRecord call =
        ended(pbx.call(CallerScript.from("0622920002").hangUpAfterWaiting(Duration.ofSeconds(30))));

    assertThat(call.reachedFallbackQueue()).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> counted(Outcome.ABANDONED) == before + 1);
    assertThat(outcomeOf(call))
        .containsEntry("OUTCOME", "ABANDONED")
        .containsEntry("WAITED_SECONDS", 30);
  }

  @Test
  void aCallerNobodyAnswersBeforeTheQueuesTimeoutHearsTheClosingMessageAndTimedOut() {
    double before = counted(Outcome.TIMED_OUT);
    pbx.global("HOTLINE_FALLBACK_TIMEOUT", "20");

    CallRecord call = ended(pbx.call(CallerScript.from("0622920003")));

    assertThat(call.promptsPlayed()).contains("hotline/fallback-timeout");
    await().atMost(Duration.ofSeconds(10)).until(() -> counted(Outcome.TIMED_OUT) == before + 1);
    assertThat(outcomeOf(call)).containsEntry("OUTCOME", "TIMED_OUT");
  }

  @Test
  void theSameCallHeardTwiceIsCountedOnceAndShownApartInTheReport() {
    double before = counted(Outcome.ANSWERED);
    FallbackCallEnded call =
        new FallbackCallEnded(
            "1795761000.7",
            Outcome.ANSWERED,
            "PJSIP/adv101",
            Duration.ofSeconds(14),
            clock.instant());

    events.publishEvent(call);
    events.publishEvent(call);

    assertThat(counted(Outcome.ANSWERED)).isEqualTo(before + 1);
    String report =
        SupervisorScreens.page(
            new SupervisorScreens(port, dataSource, passwords).signedIn(Role.SUPERVISOR),
            "/supervision/reports?period=day&date=2026-11-26");
    assertThat(SupervisorScreens.text(report, "fallback"))
        .startsWith("File de secours (appels pris sans le service, comptés à part) :")
        .containsPattern("répondus [1-9]");
  }

  private double counted(Outcome outcome) {
    String tag = outcome.name().toLowerCase().replace('_', '-');
    return meters.get("hotline.calls.fallback").tag("outcome", tag).counter().count();
  }

  private Map<String, Object> outcomeOf(CallRecord call) {
    return jdbc.queryForMap(
        "select outcome, waited_seconds from fallback_call where call_id = ?", call.uniqueId());
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
