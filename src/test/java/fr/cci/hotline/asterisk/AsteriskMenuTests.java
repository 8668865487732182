package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.testing.ObservedCall;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every branch of the French menu on the real Asterisk, callers on the operator trunk typing RFC
 * 4733 digits. Nobody is logged in: each caller ends up waiting and hangs up, so each case records
 * where the menu took them. Every caller dials in before the first test, so that the calls run side
 * by side as on a busy morning (the silent ones take minutes); each test then follows its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsteriskMenuTests extends AsteriskTestSupport {

  private static final Duration SILENT_CALL_TIMEOUT = Duration.ofMinutes(3);

  /** Routing starts about here for a caller who typed ahead; they wait a little, then hang up. */
  private static final double AFTER_A_SHORT_WAIT = 12;

  private static final Map<Topic, String> DEPARTEMENTS =
      new EnumMap<>(
          Map.of(
              Topic.TRESORERIE, "14",
              Topic.ACTIVITE_PARTIELLE, "27",
              Topic.FONDS_SOLIDARITE, "50",
              Topic.AUTRE, "61"));

  private static final Map<String, String> HOME_CHAMBERS =
      Map.of(
          "14",
          "caen",
          "27",
          "portes-normandie",
          "50",
          "ouest-normandie",
          "61",
          "portes-normandie");

  private static final double DURING_TOPIC_QUESTION = Menu.TOPIC_QUESTION_STARTS + 3;

  private final Map<Topic, SippCall> byTopic = new EnumMap<>(Topic.class);
  private SippCall postalCode;
  private SippCall outsideNormandy;
  private SippCall typedAhead;
  private SippCall repeat;
  private SippCall silent;
  private SippCall silentAtLocation;
  private SippCall hangsUpInTopic;
  private SippCall hangsUpWaiting;

  @BeforeAll
  void everyCallerDialsIn() {
    readyForCalls();
    DEPARTEMENTS.forEach(
        (topic, departement) ->
            byTopic.put(
                topic,
                pbx()
                    .call(
                        Menu.typingAhead("062210010" + topic.key, topic, departement)
                            .hangUpAfter(AFTER_A_SHORT_WAIT))));
    postalCode =
        pbx()
            .call(
                Menu.typingAhead("0622100201", Topic.TRESORERIE, "76600")
                    .hangUpAfter(AFTER_A_SHORT_WAIT));
    outsideNormandy =
        pbx()
            .call(
                Menu.typingAhead("0622100301", Topic.AUTRE, "75")
                    .hangUpAfter(AFTER_A_SHORT_WAIT + 7));
    typedAhead =
        pbx()
            .call(
                Menu.typingAhead("0622100401", Topic.FONDS_SOLIDARITE, "14")
                    .hangUpAfter(AFTER_A_SHORT_WAIT));
    repeat =
        pbx()
            .call(
                CallPlan.from("0622100501")
                    .press(DURING_TOPIC_QUESTION, Menu.REPEAT)
                    .press(DURING_TOPIC_QUESTION + 3, Topic.ACTIVITE_PARTIELLE.key)
                    .press(DURING_TOPIC_QUESTION + 6, Menu.location("27"))
                    .hangUpAfter(DURING_TOPIC_QUESTION + 16));
    silent = pbx().call(CallPlan.from("0622100601").hangUpAfter(100));
    silentAtLocation =
        pbx()
            .call(
                CallPlan.from("0622100701")
                    .press(Menu.DURING_WELCOME, Topic.TRESORERIE.key)
                    .hangUpAfter(75));
    hangsUpInTopic =
        pbx().call(CallPlan.from("0622100801").hangUpAfter(Menu.TOPIC_QUESTION_STARTS + 4));
    hangsUpWaiting =
        pbx()
            .call(
                Menu.typingAhead("0622100901", Topic.TRESORERIE, "14")
                    .hangUpAfter(AFTER_A_SHORT_WAIT + 6));
  }

  @Test
  void eachTopicAndDepartementIsRecordedWithTheHomeChamber() {
    byTopic.forEach(
        (topic, call) -> {
          CaseDetails record = abandoned(call.awaitEnd(CALL_TIMEOUT));
          String departement = DEPARTEMENTS.get(topic);
          assertThat(record.topic()).isEqualTo(topic.recorded);
          assertThat(record.department()).isEqualTo(departement);
          assertThat(record.chamber()).isEqualTo(HOME_CHAMBERS.get(departement));
          assertThat(record.stepReached()).isEqualTo("waiting");
          assertThat(record.lineOpen()).isTrue();
        });
  }

  @Test
  void aPostalCodeGivesItsDepartement() {
    CaseDetails record = abandoned(postalCode.awaitEnd(CALL_TIMEOUT));

    assertThat(record.department()).isEqualTo("76");
    assertThat(record.postalCode()).isEqualTo("76600");
  }

  @Test
  void aCallerOutsideNormandyIsToldSoAndWaitsForTheWholeRegion() {
    ObservedCall call = outsideNormandy.awaitEnd(CALL_TIMEOUT);

    assertThat(call.prompts()).contains("hotline/location-outside");
    assertThat(call.waiting()).isTrue();
    CaseDetails record = abandoned(call);
    assertThat(record.department()).isEqualTo("75");
    assertThat(record.stepReached()).isEqualTo("waiting");
  }

  @Test
  void typingTheTopicDuringTheWelcomeSkipsTheTopicQuestion() {
    ObservedCall call = typedAhead.awaitEnd(CALL_TIMEOUT);

    assertThat(call.agi().get(0).exchanges())
        .filteredOn(exchange -> exchange.command().contains("hotline/welcome"))
        .singleElement()
        .satisfies(welcome -> assertThat(welcome.reply()).startsWith("200 result=51 "));
    assertThat(call.prompts()).doesNotContain("hotline/topic-menu", "hotline/confidentiality");
    assertThat(abandoned(call).topic()).isEqualTo(Topic.FONDS_SOLIDARITE.recorded);
  }

  @Test
  void theRepeatKeyPlaysTheTopicQuestionAgain() {
    ObservedCall call = repeat.awaitEnd(CALL_TIMEOUT);

    assertThat(call.prompts())
        .containsSubsequence("hotline/topic-menu", "hotline/topic-menu", "hotline/location-ask")
        .doesNotContain("hotline/invalid-choice", "hotline/no-input");
    CaseDetails record = abandoned(call);
    assertThat(record.topic()).isEqualTo(Topic.ACTIVITE_PARTIELLE.recorded);
    assertThat(record.department()).isEqualTo("27");
  }

  @Test
  void aSilentCallerHearsTheTopicQuestionThreeTimesThenTheMenuMovesOnWithTopicAutre() {
    ObservedCall call = silent.awaitEnd(SILENT_CALL_TIMEOUT);

    assertThat(call.prompts())
        .containsSubsequence(askedThreeTimesThen("hotline/topic-menu", "hotline/location-ask"));
    CaseDetails record = abandoned(call);
    assertThat(record.topic()).isEqualTo(Topic.AUTRE.recorded);
    assertThat(record.stepReached()).isEqualTo("location");
  }

  @Test
  void aCallerSilentAtTheLocationQuestionIsAskedThreeTimesThenWaitsForTheWholeRegion() {
    ObservedCall call = silentAtLocation.awaitEnd(SILENT_CALL_TIMEOUT);

    // Nobody is logged in: the waiting room starts with that news and the call-back offer.
    assertThat(call.prompts())
        .containsSubsequence(askedThreeTimesThen("hotline/location-ask", "hotline/wait-nobody"));
    CaseDetails record = abandoned(call);
    assertThat(record.department()).isNull();
    assertThat(record.stepReached()).isEqualTo("waiting");
  }

  @Test
  void aCallerWhoHangsUpDuringTheTopicQuestionLeavesACaseAbandonedAtThatStep() {
    ObservedCall call = hangsUpInTopic.awaitEnd(CALL_TIMEOUT);

    assertThat(call.reachedFallbackQueue()).isFalse();
    CaseDetails record = abandoned(call);
    assertThat(record.stepReached()).isEqualTo("topic");
    assertThat(record.topic()).isNull();
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingLeavesACaseAbandonedWithTheirWait() {
    ObservedCall call = hangsUpWaiting.awaitEnd(CALL_TIMEOUT);

    CaseDetails record = abandoned(call);
    assertThat(record.stepReached()).isEqualTo("waiting");
    assertThat(record.timeline().queuedAt()).isNotNull();
    CaseDetails.Timeline timeline = record.timeline();
    assertThat(timeline.menuSeconds())
        .as(
            "the welcome and the questions, typed ahead: the location at %s s",
            Menu.DURING_LOCATION_QUESTION)
        .isBetween(4, 8);
    assertThat(timeline.waitSeconds()).as("in the waiting line").isPositive();
    assertThat(timeline.menuSeconds() + timeline.waitSeconds())
        .as("the menu and the wait make the whole call")
        .isCloseTo(
            (int) Duration.between(timeline.arrivedAt(), timeline.endedAt()).toSeconds(),
            within(1));
    assertThat(call.dials()).isEmpty();
  }

  /** A question left unanswered: asked, "no input", asked, "no input", asked; then what follows. */
  private static List<String> askedThreeTimesThen(String question, String next) {
    String noInput = "hotline/no-input";
    return List.of(question, noInput, question, noInput, question, next);
  }

  private CaseDetails abandoned(ObservedCall call) {
    CaseDetails record = caseOf(call, found -> found.status() == CaseStatus.ABANDONED);
    assertThat(record.callerNumber()).isEqualTo(call.callerNumber());
    assertThat(record.dialledNumber()).isEqualTo("0232100900");
    return record;
  }
}
