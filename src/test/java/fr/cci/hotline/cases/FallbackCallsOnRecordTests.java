package fr.cci.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.telephony.FallbackCallRecovered;
import fr.cci.hotline.testing.PbxTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Calls the fallback queue handled while the service heard nothing of them (FastAGI refused, AMI
 * link down), brought back from the dialplan's records in the simulated AstDB when the link comes
 * back: one case each, opened and closed as the queue ended the call, counted once; reading the
 * records again changes nothing.
 */
class FallbackCallsOnRecordTests extends PbxTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;
  @Autowired ConfigurableApplicationContext context;

  private final List<FallbackCallRecovered> recovered = new CopyOnWriteArrayList<>();
  private final ApplicationListener<PayloadApplicationEvent<FallbackCallRecovered>> listener =
      event -> recovered.add(event.getPayload());

  @BeforeEach
  void theFallbackQueueSetsItsVariablesAsShipped() {
    // asterisk-config/queues.conf: setinterfacevar and setqueueentryvar (the shared simulator
    // of these tests is not given queues.conf).
    pbx.queue("hotline-fallback").setInterfaceVariables(true).setQueueEntryVariables(true);
    context.addApplicationListener(listener);
  }

  @AfterEach
  void theServiceIsBack() {
    context.removeApplicationListener(listener);
    pbx.queue("hotline-fallback").setInterfaceVariables(false).setQueueEntryVariables(false);
    pbx.agiTarget("127.0.0.1", telephony.agiPort());
    pbx.startAmi();
  }

  @Test
  void callsTheFallbackQueueHandledWhileTheServiceWasAwayGetOneSettledCaseEachOnceImported() {
    teamOf("adv101");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pbx.queueMembers("hotline-fallback").contains("PJSIP/adv101"));
    double answeredBefore = counted("answered");
    double abandonedBefore = counted("abandoned");
    pbx.agiTarget("127.0.0.1", closedPort());
    pbx.stopAmi();
    await().atMost(Duration.ofSeconds(10)).until(() -> !telephony.amiConnected());

    CallRecord answered = ended(pbx.call(CallerScript.from("0622930001")));
    pbx.advisor("adv101").neverAnswers();
    CallRecord abandoned =
        ended(pbx.call(CallerScript.from("0622930002").hangUpAfterWaiting(Duration.ofSeconds(30))));

    assertThat(answered.answeredBy()).isEqualTo("adv101");
    assertThat(abandoned.reachedFallbackQueue()).isTrue();
    assertThat(caseNumbersOf(answered)).as("nothing known while away").isEmpty();

    pbx.startAmi();
    CaseDetails answeredCase = settledCaseOf(answered);
    CaseDetails abandonedCase = settledCaseOf(abandoned);

    assertThat(answeredCase.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(answeredCase.advisorId()).isEqualTo("adv101");
    assertThat(answeredCase.fallbackOutcome()).isEqualTo("ANSWERED");
    assertThat(answeredCase.callerNumber()).isEqualTo("0622930001");
    assertThat(answeredCase.timeline().endedAt()).isNotNull();
    assertThat(abandonedCase.status()).isEqualTo(CaseStatus.ABANDONED);
    assertThat(abandonedCase.stepReached()).isEqualTo("fallback");
    assertThat(abandonedCase.fallbackOutcome()).isEqualTo("ABANDONED");
    assertThat(fallbackCall(answered)).containsEntry("OUTCOME", "ANSWERED");
    assertThat(fallbackCall(abandoned))
        .containsEntry("OUTCOME", "ABANDONED")
        .containsEntry("WAITED_SECONDS", 30);
    await().atMost(Duration.ofSeconds(10)).until(() -> counted("answered") == answeredBefore + 1);
    assertThat(counted("abandoned")).isEqualTo(abandonedBefore + 1);

    int eventsBefore = caseEvents(answeredCase) + caseEvents(abandonedCase);
    int readBefore = timesRead(answered);
    pbx.dropAmiConnections();
    await().atMost(Duration.ofSeconds(15)).until(() -> timesRead(answered) > readBefore);
    await().atMost(Duration.ofSeconds(15)).until(() -> timesRead(abandoned) > readBefore);
    await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);

    assertThat(caseNumbersOf(answered)).hasSize(1);
    assertThat(caseNumbersOf(abandoned)).hasSize(1);
    assertThat(caseEvents(answeredCase) + caseEvents(abandonedCase))
        .as("the second reading journals nothing")
        .isEqualTo(eventsBefore);
    assertThat(counted("answered")).isEqualTo(answeredBefore + 1);
    assertThat(counted("abandoned")).isEqualTo(abandonedBefore + 1);
  }

  private CaseDetails settledCaseOf(CallRecord call) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              List<String> numbers = caseNumbersOf(call);
              return numbers.isEmpty() ? null : cases.find(numbers.get(0)).orElse(null);
            },
            found -> found != null && found.fallbackOutcome() != null);
  }

  private List<String> caseNumbersOf(CallRecord call) {
    return jdbc.queryForList(
        "select case_number from case_record where call_id = ?", String.class, call.uniqueId());
  }

  private int caseEvents(CaseDetails record) {
    return jdbc.queryForObject(
        "select count(*) from case_event where case_number = ?",
        Integer.class,
        record.caseNumber());
  }

  private int timesRead(CallRecord call) {
    return (int)
        recovered.stream().filter(each -> each.call().callId().equals(call.uniqueId())).count();
  }

  private Map<String, Object> fallbackCall(CallRecord call) {
    return jdbc.queryForMap(
        "select outcome, waited_seconds from fallback_call where call_id = ?", call.uniqueId());
  }

  private double pending() {
    return meters.get("hotline.cases.pending").gauge().value();
  }

  private double counted(String outcome) {
    return meters.get("hotline.calls.fallback").tag("outcome", outcome).counter().count();
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
