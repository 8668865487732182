package fr.cci.hotline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.telephony.FallbackCallRecovered;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the service made of the fallback queue's records read back from AstDB, for the simulator's
 * and the real Asterisk's tests alike: the records it read (each AMI connection reads them all
 * again), the cases, their journalled events and the {@code fallback_call} rows of a call id.
 */
public final class ImportedFallbackCalls implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;
  private final CaseRecords cases;
  private final List<FallbackCallRecovered> read = new CopyOnWriteArrayList<>();
  private final ApplicationListener<PayloadApplicationEvent<FallbackCallRecovered>> listener =
      event -> read.add(event.getPayload());

  public ImportedFallbackCalls(ConfigurableApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.meters = context.getBean(MeterRegistry.class);
    this.cases = context.getBean(CaseRecords.class);
    context.addApplicationListener(listener);
  }

  /** The call's case, read back as answered in the fallback queue by this advisor. */
  public CaseDetails assertAnswered(String callId, String advisorId, String callerNumber) {
    CaseDetails record = settledCase(callId);
    assertThat(record.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(record.advisorId()).isEqualTo(advisorId);
    assertThat(record.fallbackOutcome()).isEqualTo("ANSWERED");
    assertThat(record.callerNumber()).isEqualTo(callerNumber);
    assertThat(record.timeline().endedAt()).isNotNull();
    assertThat(fallbackCall(callId)).containsEntry("OUTCOME", "ANSWERED");
    return record;
  }

  /** The call's case, read back as abandoned by its caller in the fallback queue. */
  public CaseDetails assertAbandoned(String callId) {
    CaseDetails record = settledCase(callId);
    assertThat(record.status()).isEqualTo(CaseStatus.ABANDONED);
    assertThat(record.stepReached()).isEqualTo("fallback");
    assertThat(record.fallbackOutcome()).isEqualTo("ABANDONED");
    assertThat(fallbackCall(callId)).containsEntry("OUTCOME", "ABANDONED");
    return record;
  }

  /**
   * Reads the records again ({@code reconnect} makes the next AMI connection) and checks that
   * nothing changed: one case per call, no journal entry added, nothing counted again.
   */
  public void assertASecondReadingChangesNothing(Runnable reconnect, String... callIds) {
    Map<String, Integer> readBefore = new HashMap<>();
    Map<String, Integer> eventsBefore = new HashMap<>();
    for (String callId : callIds) {
      readBefore.put(callId, timesRead(callId));
      eventsBefore.put(callId, caseEvents(settledCase(callId)));
    }
    Map<String, Double> countedBefore = counts();

    reconnect.run();
    for (String callId : callIds) {
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> timesRead(callId) > readBefore.get(callId));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);

    for (String callId : callIds) {
      assertThat(caseNumbers(callId)).hasSize(1);
      assertThat(caseEvents(settledCase(callId)))
          .as("the second reading journals nothing")
          .isEqualTo(eventsBefore.get(callId));
    }
    assertThat(counts()).isEqualTo(countedBefore);
  }

  /** How many times the record of this call was read back. */
  public int timesRead(String callId) {
    return (int) read.stream().filter(each -> each.call().callId().equals(callId)).count();
  }

  /** The case of the call once the fallback queue's outcome is on it. */
  public CaseDetails settledCase(String callId) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              List<String> numbers = caseNumbers(callId);
              return numbers.isEmpty() ? null : cases.find(numbers.get(0)).orElse(null);
            },
            found -> found != null && found.fallbackOutcome() != null);
  }

  public List<String> caseNumbers(String callId) {
    return jdbc.queryForList(
        "select case_number from case_record where call_id = ?", String.class, callId);
  }

  /** The journal entries applied to a case. */
  public int caseEvents(CaseDetails record) {
    return jdbc.queryForObject(
        "select count(*) from case_event where case_number = ?",
        Integer.class,
        record.caseNumber());
  }

  public Map<String, Object> fallbackCall(String callId) {
    return jdbc.queryForMap(
        "select outcome, waited_seconds from fallback_call where call_id = ?", callId);
  }

  /** Case events not yet written. */
  public double pending() {
    return meters.get("hotline.cases.pending").gauge().value();
  }

  private Map<String, Double> counts() {
    Map<String, Double> counts = new HashMap<>();
    for (String outcome : List.of("answered", "abandoned", "timed-out")) {
      counts.put(outcome, counted(outcome));
    }
    return counts;
  }

  /** {@code hotline.calls.fallback{outcome}}. */
  public double counted(String outcome) {
    return meters.get("hotline.calls.fallback").tag("outcome", outcome).counter().count();
  }

  @Override
  public void close() {
    context.removeApplicationListener(listener);
  }
}
