package fr.cci.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.FallbackCallEnded.Outcome;
import fr.cci.hotline.telephony.FallbackCallRecovered;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The dialplan's records as Asterisk 22.10.1 wrote them (values from a real-PBX run's log) read as
 * the fallback queue's outcomes.
 */
class FallbackRecordsTests {

  private static final String KEY = "/hotline-fallback/20787/1796046392.0";

  @Test
  void aRecordWithTheMemberWhoAnsweredIsAnAnsweredCallHeldAsLongAsAppQueueSays() {
    FallbackCallRecovered call =
        FallbackRecords.parse(KEY, "1796046392,1796046392,1796046396,,,PJSIP/adv101,1,0622400701")
            .orElseThrow();

    assertThat(call.call())
        .isEqualTo(
            new FallbackCallEnded(
                "1796046392.0",
                Outcome.ANSWERED,
                "PJSIP/adv101",
                Duration.ofSeconds(1),
                Instant.ofEpochSecond(1796046393)));
    assertThat(call.callerNumber()).isEqualTo(CallerNumber.of("0622400701"));
    assertThat(call.arrivedAt()).isEqualTo(Instant.ofEpochSecond(1796046392));
    assertThat(call.endedAt()).isEqualTo(Instant.ofEpochSecond(1796046396));
    assertThat(call.caseNumber()).isNull();
  }

  @Test
  void aRecordWithoutMemberIsAnAbandonUnlessAppQueueTimedOut() {
    FallbackCallRecovered abandoned =
        FallbackRecords.parse(
                KEY, "1796046380,1796046390,1796046396,CP-261130-7K3QF2M,,,,0622400702")
            .orElseThrow();
    FallbackCallRecovered timedOut =
        FallbackRecords.parse(KEY, "1796046380,1796046390,1796046396,,TIMEOUT,,,0622400703")
            .orElseThrow();

    assertThat(abandoned.call().outcome()).isEqualTo(Outcome.ABANDONED);
    assertThat(abandoned.call().waited()).isEqualTo(Duration.ofSeconds(6));
    assertThat(abandoned.caseNumber()).isEqualTo("CP-261130-7K3QF2M");
    assertThat(timedOut.call().outcome()).isEqualTo(Outcome.TIMED_OUT);
  }

  @Test
  void aCallStillInTheQueueOrAnotherFamilysKeyIsNotReadAsEnded() {
    assertThat(FallbackRecords.parse(KEY, "1796046392,1796046392,,,,,,0622400701")).isEmpty();
    assertThat(
            FallbackRecords.parse("/hotline-missed/20261130/1796000000.1", "0612345678,1796000000"))
        .isEmpty();
  }
}
