package fr.cci.hotline.ivr;

import static fr.cci.hotline.testing.MenuKeys.NORMANDY;
import static fr.cci.hotline.testing.MenuKeys.TOPICS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.testing.PbxTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many callers in the menu at the same time. */
class ConcurrentMenuCallsTests extends PbxTestSupport {

  private static final int CALLERS = 200;

  @Test
  void twoHundredCallersInTheMenuAtOnceAllGetTheirCaseAndNoneIsRejected() {
    List<SimulatedCall> calls =
        IntStream.range(0, CALLERS)
            .mapToObj(
                i ->
                    pbx.call(
                        CallerScript.from(String.format("0633%06d", i))
                            .stayQuiet()
                            .stayQuiet()
                            .pressWhenAsked(TOPICS.get(i % TOPICS.size()))
                            .pressWhenAsked(NORMANDY.get(i % NORMANDY.size()))
                            .hangUpAfterWaiting(Duration.ofSeconds(20))))
            .toList();

    List<CallRecord> records =
        calls.stream().map(call -> call.awaitEnd(Duration.ofMinutes(2))).toList();

    assertThat(records)
        .allSatisfy(record -> assertThat(record.agiStatus()).isNotEqualTo("FAILURE"));
    assertThat(records).noneMatch(CallRecord::reachedFallbackQueue);
    Set<String> caseNumbers =
        records.stream()
            .map(record -> record.finalVariables().get("HOTLINE_CASE"))
            .collect(Collectors.toSet());
    assertThat(caseNumbers).hasSize(CALLERS).doesNotContainNull();
    for (CallRecord record : records) {
      CaseDetails found = caseOf(record, details -> details.status() == CaseStatus.ABANDONED);
      assertThat(found.stepReached()).isEqualTo("waiting");
      assertThat(found.department()).isNotNull();
    }
  }
}
