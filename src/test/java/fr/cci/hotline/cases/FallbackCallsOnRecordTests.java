package fr.cci.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.testing.ImportedFallbackCalls;
import fr.cci.hotline.testing.PbxTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Calls the fallback queue handled while the service heard nothing of them (FastAGI refused, AMI
 * link down), brought back from the dialplan's records in the simulated AstDB when the link comes
 * back: one case each, opened and closed as the queue ended the call, counted once; reading the
 * records again changes nothing. The same as {@code AsteriskFallbackRecordsTests} on Asterisk.
 */
class FallbackCallsOnRecordTests extends PbxTestSupport {

  @Autowired ConfigurableApplicationContext context;

  private ImportedFallbackCalls imported;

  @BeforeEach
  void theFallbackQueueSetsItsVariablesAsShipped() {
    // asterisk-config/queues.conf: setinterfacevar and setqueueentryvar (the shared simulator
    // of these tests is not given queues.conf).
    pbx.queue("hotline-fallback").setInterfaceVariables(true).setQueueEntryVariables(true);
    imported = new ImportedFallbackCalls(context);
  }

  @AfterEach
  void theServiceIsBack() {
    imported.close();
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
    double answeredBefore = imported.counted("answered");
    double abandonedBefore = imported.counted("abandoned");
    pbx.agiTarget("127.0.0.1", closedPort());
    pbx.stopAmi();
    await().atMost(Duration.ofSeconds(10)).until(() -> !telephony.amiConnected());

    String answered = ended(pbx.call(CallerScript.from("0622930001"))).uniqueId();
    pbx.advisor("adv101").neverAnswers();
    CallRecord abandonedCall =
        ended(pbx.call(CallerScript.from("0622930002").hangUpAfterWaiting(Duration.ofSeconds(30))));
    String abandoned = abandonedCall.uniqueId();

    assertThat(abandonedCall.reachedFallbackQueue()).isTrue();
    assertThat(imported.caseNumbers(answered)).as("nothing known while away").isEmpty();

    pbx.startAmi();
    imported.assertAnswered(answered, "adv101", "0622930001");
    imported.assertAbandoned(abandoned);
    assertThat(((Number) imported.fallbackCall(abandoned).get("WAITED_SECONDS")).intValue())
        .as("the caller's 30 s of patience, from records kept in whole seconds")
        .isBetween(30, 31);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> imported.counted("answered") == answeredBefore + 1);
    assertThat(imported.counted("abandoned")).isEqualTo(abandonedBefore + 1);

    imported.assertASecondReadingChangesNothing(pbx::dropAmiConnections, answered, abandoned);
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
