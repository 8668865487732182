package fr.cci.hotline.ivr;

import static fr.cci.hotline.testing.MenuKeys.ACTIVITE_PARTIELLE;
import static fr.cci.hotline.testing.MenuKeys.AUTRE_SUJET;
import static fr.cci.hotline.testing.MenuKeys.CALL_ME_BACK;
import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.EURE;
import static fr.cci.hotline.testing.MenuKeys.FONDS_SOLIDARITE;
import static fr.cci.hotline.testing.MenuKeys.NOT_A_DEPARTEMENT;
import static fr.cci.hotline.testing.MenuKeys.NOT_A_TOPIC;
import static fr.cci.hotline.testing.MenuKeys.PARIS;
import static fr.cci.hotline.testing.MenuKeys.REPEAT;
import static fr.cci.hotline.testing.MenuKeys.THAT_NUMBER;
import static fr.cci.hotline.testing.MenuKeys.TRESORERIE;
import static fr.cci.hotline.testing.MenuKeys.callMeBackAt;
import static fr.cci.hotline.testing.MenuKeys.postalCode;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.testing.PbxTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The French menu, driven by simulated callers through the PBX simulator. */
class MenuCallTests extends PbxTestSupport {

  /** Welcome and confidentiality can be interrupted: a caller who listens presses nothing. */
  private static CallerScript listening(String number) {
    return CallerScript.from(number).stayQuiet().stayQuiet();
  }

  @Test
  void aCallerWhoChoosesATopicAndADepartementIsPutThroughToTheirChamber() {
    teamOf("adv101", "adv105");

    CallRecord call =
        ended(
            pbx.call(
                listening("0611223344")
                    .pressWhenAsked(ACTIVITE_PARTIELLE)
                    .pressWhenAsked(CALVADOS)));

    assertThat(call.answeredBy()).isEqualTo("adv101");
    assertThat(call.promptsPlayed())
        .startsWith(
            "hotline/welcome",
            "hotline/confidentiality",
            "hotline/topic-menu",
            "hotline/location-ask");
    CaseDetails record = caseOf(call, found -> found.timeline().answeredAt() != null);
    assertThat(record.topic()).isEqualTo("activite-partielle");
    assertThat(record.department()).isEqualTo("14");
    assertThat(record.chamber()).isEqualTo("caen");
    assertThat(record.advisorId()).isEqualTo("adv101");
    assertThat(record.status()).isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void aPostalCodeGivesTheDepartementAndIsKept() {
    teamOf("adv109");

    CallRecord call =
        ended(
            pbx.call(
                listening("0611223345")
                    .pressWhenAsked(TRESORERIE)
                    .pressWhenAsked(postalCode("76600"))));

    assertThat(call.answeredBy()).isEqualTo("adv109");
    CaseDetails record = caseOf(call, found -> found.timeline().answeredAt() != null);
    assertThat(record.topic()).isEqualTo("tresorerie");
    assertThat(record.department()).isEqualTo("76");
    assertThat(record.postalCode()).isEqualTo("76600");
  }

  @Test
  void aFirmOutsideNormandyHearsSoAndGoesToTheRegionalPool() {
    teamOf("adv107");

    CallRecord call =
        ended(pbx.call(listening("0611223346").pressWhenAsked(AUTRE_SUJET).pressWhenAsked(PARIS)));

    assertThat(call.promptsPlayed()).contains("hotline/location-outside");
    assertThat(call.answeredBy()).isEqualTo("adv107");
    assertThat(caseOf(call, found -> found.timeline().answeredAt() != null).department())
        .isEqualTo("75");
  }

  @Test
  void aWrongAnswerIsExplainedAndAskedAgain() {
    teamOf("adv105");

    CallRecord call =
        ended(
            pbx.call(
                listening("0611223347")
                    .pressWhenAsked(NOT_A_TOPIC)
                    .stayQuiet()
                    .pressWhenAsked(FONDS_SOLIDARITE)
                    .pressWhenAsked(NOT_A_DEPARTEMENT)
                    .stayQuiet()
                    .pressWhenAsked(EURE)));

    assertThat(call.promptsPlayed())
        .containsSubsequence("hotline/topic-menu", "hotline/invalid-choice", "hotline/topic-menu")
        .containsSubsequence(
            "hotline/location-ask", "hotline/location-invalid", "hotline/location-ask");
    CaseDetails record = caseOf(call, found -> found.timeline().answeredAt() != null);
    assertThat(record.topic()).isEqualTo("fonds-solidarite");
    assertThat(record.department()).isEqualTo("27");
    assertThat(call.answeredBy()).isEqualTo("adv105");
  }

  @Test
  void theStarKeyRepeatsTheQuestion() {
    teamOf("adv101");

    CallRecord call =
        ended(
            pbx.call(
                listening("0611223348")
                    .pressWhenAsked(REPEAT)
                    .pressWhenAsked(TRESORERIE)
                    .pressWhenAsked(CALVADOS)));

    assertThat(Collections.frequency(call.promptsPlayed(), "hotline/topic-menu")).isEqualTo(2);
    assertThat(call.promptsPlayed()).doesNotContain("hotline/invalid-choice", "hotline/no-input");
    assertThat(call.answeredBy()).isEqualTo("adv101");
  }

  @Test
  void aCallerWhoPressesNothingIsNeverHungUpOnAndReachesTheRegionalPool() {
    teamOf("adv107");

    CallRecord call = ended(pbx.call(CallerScript.from("0611223349")));

    assertThat(Collections.frequency(call.promptsPlayed(), "hotline/topic-menu")).isEqualTo(3);
    assertThat(Collections.frequency(call.promptsPlayed(), "hotline/location-ask")).isEqualTo(3);
    assertThat(call.promptsPlayed()).contains("hotline/no-input");
    assertThat(call.answeredBy()).isEqualTo("adv107");
    CaseDetails record = caseOf(call, found -> found.timeline().answeredAt() != null);
    assertThat(record.topic()).isEqualTo("autre");
    assertThat(record.department()).isNull();
  }

  @ParameterizedTest(name = "hanging up during command {0} leaves the case abandoned at {1}")
  @CsvSource({"3, welcome", "4, welcome", "5, topic", "6, location"})
  void aCallerWhoHangsUpInTheMenuLeavesAnAbandonedCaseWithTheStepReached(int command, String step) {
    CallRecord call =
        ended(
            pbx.call(
                listening("0611223350").pressWhenAsked(TRESORERIE).hangUpDuringCommand(command)));

    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.ABANDONED);
    assertThat(record.stepReached()).isEqualTo(step);
    assertThat(call.dials()).isEmpty();
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingLeavesAnAbandonedCaseWithTheWait() {
    CallRecord call =
        ended(
            pbx.call(
                listening("0611223351")
                    .pressWhenAsked(TRESORERIE)
                    .pressWhenAsked(CALVADOS)
                    .hangUpAfterWaiting(Duration.ofSeconds(60))));

    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.ABANDONED);
    assertThat(record.stepReached()).isEqualTo("waiting");
    assertThat(record.timeline().waitSeconds()).isNotNull();
    assertThat(record.chamber()).as("the chamber usually serving the Calvados").isEqualTo("caen");
    assertThat(call.promptsPlayed())
        .as("nobody logged in: said at once, with the call-back offer")
        .containsSubsequence("hotline/wait-nobody", "hotline/wait-callback-offer");
  }

  @ParameterizedTest(name = "closed on {0}")
  @CsvSource({
    "a Saturday, 2026-11-28T10:00:00Z",
    "Whit Monday, 2026-05-25T08:00:00Z",
    "an exceptional closure, 2026-12-24T09:00:00Z",
    "a weekday evening, 2026-11-26T18:00:00Z"
  })
  void whenTheLineIsClosedTheCallerHearsTheHoursAndMayAskForACallBack(String when, Instant at) {
    clock.setTo(at);
    teamOf("adv101");

    // Closed: the welcome cannot be interrupted; the hours can, then the offer listens, then the
    // number is read back to be confirmed.
    CallRecord call =
        ended(
            pbx.call(
                CallerScript.from("0611223352")
                    .stayQuiet()
                    .pressWhenAsked(CALL_ME_BACK)
                    .pressWhenAsked(THAT_NUMBER)));

    assertThat(call.promptsPlayed())
        .containsSubsequence(
            "hotline/closed-hours",
            "hotline/closed-callback-offer",
            "hotline/callback-number-is",
            "hotline/callback-number-confirm",
            "hotline/callback-confirmed",
            "hotline/goodbye");
    assertThat(call.agiTranscript()).anyMatch(line -> line.contains("SAY DIGITS \"0611223352\""));
    assertThat(call.dials()).isEmpty();
    assertThat(call.reachedFallbackQueue()).isFalse();
    assertThat(call.finalVariables()).containsEntry("HOTLINE_ACTION", "HANGUP");
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.CALLBACK_PENDING);
    assertThat(record.callbackRequested()).isTrue();
    assertThat(record.lineOpen()).isFalse();
  }

  @ParameterizedTest(name = "a caller presenting {0} is asked for a number to be called back at")
  @CsvSource({"anonymous", "0800123456", "3939"})
  void aClosedLineCallerWhoseNumberCannotBeCalledBackIsAskedForOne(String presented) {
    clock.setTo(Instant.parse("2026-11-28T10:00:00Z"));

    CallRecord call =
        ended(
            pbx.call(
                CallerScript.from(presented)
                    .stayQuiet()
                    .pressWhenAsked(CALL_ME_BACK)
                    .pressWhenAsked(callMeBackAt("0611223360"))
                    .pressWhenAsked(THAT_NUMBER)));

    assertThat(call.promptsPlayed())
        .containsSubsequence(
            "hotline/closed-callback-offer",
            "hotline/callback-number-ask",
            "hotline/callback-number-is",
            "hotline/callback-number-confirm",
            "hotline/callback-confirmed",
            "hotline/goodbye");
    assertThat(call.agiTranscript()).anyMatch(line -> line.contains("SAY DIGITS \"0611223360\""));
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.CALLBACK_PENDING);
    assertThat(record.callbackRequested()).isTrue();
  }

  @Test
  void aTypedNumberThatIsNotFrenchIsRefusedWithASpokenRetryAndNothingIsKeptWithoutOne() {
    clock.setTo(Instant.parse("2026-11-28T10:00:00Z"));

    CallRecord call =
        ended(
            pbx.call(
                CallerScript.from("anonymous")
                    .stayQuiet()
                    .pressWhenAsked(CALL_ME_BACK)
                    .pressWhenAsked(callMeBackAt("0800123456"))
                    .pressWhenAsked(callMeBackAt("12345"))
                    .stayQuiet()));

    assertThat(call.promptsPlayed())
        .containsSubsequence(
            "hotline/callback-number-ask",
            "hotline/callback-number-invalid",
            "hotline/callback-number-ask",
            "hotline/callback-number-invalid",
            "hotline/callback-number-ask",
            "hotline/goodbye")
        .doesNotContain("hotline/callback-number-is", "hotline/callback-confirmed");
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.CLOSED);
    assertThat(record.callbackRequested()).isFalse();
  }

  @Test
  void aClosedLineCallerWhoAsksNothingLeavesAClosedCase() {
    clock.setTo(Instant.parse("2026-11-28T10:00:00Z"));

    CallRecord call = ended(pbx.call(CallerScript.from("0611223353")));

    assertThat(call.promptsPlayed()).endsWith("hotline/goodbye");
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.CLOSED);
    assertThat(record.callbackRequested()).isFalse();
  }
}
