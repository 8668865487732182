package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.testing.ImportedFallbackCalls;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fallback queue's calls on record, on the real Asterisk: while the service neither answers
 * FastAGI nor hears AMI, the shipped dialplan keeps each call in AstDB with its outcome (written in
 * {@code h}); once the AMI link is back the service reads them with DBGetTree (allowed by the AMI
 * user's {@code reporting} class) and settles one case per call, counted once; reading them again
 * at the next connection changes nothing. The simulator plays the same in {@code
 * FallbackCallsOnRecordTests}.
 */
class AsteriskFallbackRecordsTests extends AsteriskTestSupport {

  @Autowired ConfigurableApplicationContext context;

  private ImportedFallbackCalls imported;

  @BeforeEach
  void watchTheImport() {
    imported = new ImportedFallbackCalls(context);
  }

  @AfterEach
  void theServiceIsBack() {
    imported.close();
    pbx().amiWire().accept();
    pbx().agiWire().accept();
  }

  @Test
  @ExpectedWarnings({
    // The fault injected: the AMI link goes, then drops again.
    "AMI link to .* lost",
    "AMI login to .* failed",
    "PBX resync incomplete",
    "Fallback queue records not read"
  })
  void callsTheFallbackQueueHandledWhileTheServiceAndItsAmiLinkWereDownGetOneSettledCaseEach() {
    teamOf("adv101");
    pbx().awaitAvailableInFallbackQueue("adv101");
    double answeredBefore = imported.counted("answered");
    double abandonedBefore = imported.counted("abandoned");
    pbx().agiWire().refuse();
    pbx().amiWire().refuse();
    pbx().amiWire().dropAll();
    await().atMost(Duration.ofSeconds(10)).until(() -> !telephony.amiConnected());

    pbx().call(CallPlan.from("0622400701")).awaitDialogueEnd(CALL_TIMEOUT);
    pbx().phone("adv101").neverAnswers();
    pbx().call(CallPlan.from("0622400702").hangUpAfter(6)).awaitDialogueEnd(CALL_TIMEOUT);
    String answered = recordedCallOf("0622400701");
    String abandoned = recordedCallOf("0622400702");
    assertThat(imported.caseNumbers(answered)).as("nothing known while away").isEmpty();

    pbx().amiWire().accept();
    imported.assertAnswered(answered, "adv101", "0622400701");
    imported.assertAbandoned(abandoned);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> imported.counted("answered") == answeredBefore + 1);
    assertThat(imported.counted("abandoned")).isEqualTo(abandonedBefore + 1);

    imported.assertASecondReadingChangesNothing(
        () -> pbx().amiWire().dropAll(), answered, abandoned);
  }

  /**
   * The call id of the caller's record, from Asterisk's CLI: {@code /hotline-fallback/<day>/<call
   * id> : arrival,joined,ended,case,status,member,held,caller} once {@code h} wrote its end.
   */
  private String recordedCallOf(String callerNumber) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                pbx()
                    .cli("database show hotline-fallback")
                    .lines()
                    .map(line -> line.split("\\s+:\\s+", 2))
                    .filter(entry -> entry.length == 2 && entry[1].endsWith("," + callerNumber))
                    .filter(entry -> !entry[1].split(",")[2].isEmpty())
                    .map(entry -> entry[0].substring(entry[0].lastIndexOf('/') + 1).strip())
                    .findFirst()
                    .orElse(null),
            id -> id != null);
  }
}
