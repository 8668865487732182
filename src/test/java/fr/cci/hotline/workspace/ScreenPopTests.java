package fr.cci.hotline.workspace;

import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.Call;
import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.telephony.DialStarted;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.ServerSentEvents;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The screen pop through the real HTTP stack: advisors signed in with the form hold « Mon poste »'s
 * event stream open; an offer of a call puts its case on the offered advisor's stream, and on no
 * one else's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreenPopTests {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;
  @Autowired CaseRecords records;

  private WorkspaceFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new WorkspaceFixtures(dataSource, passwords, events, records);
  }

  @Test
  void theOfferedAdvisorsPageReceivesTheCaseWithTheCallersHistory() throws InterruptedException {
    BlockingQueue<String> sophie = openDesk(fixtures.signsInAs("adv103"));
    Call earlier = fixtures.answeredCall("14", "adv101", "caen");
    records.complete(
        earlier.caseNumber(),
        new CaseCompletion(
            null, null, null, null, null, List.of("urssaf"), "ORIENTATION_GIVEN", null),
        "adv101.poste");
    Call call = Call.from(earlier.callerNumber(), Duration.ofSeconds(75));
    fixtures.publish(call.arrived(), call.topic("tresorerie", 10), call.located("14", "14000", 20));
    fixtures.caseOf(call, found -> found.department() != null);

    fixtures.publish(call.offeredTo("adv103", "seine-estuaire", 75));

    String pop = nextEvent(sophie, "case-offered");
    assertThat(pop)
        .contains(
            call.caseNumber(),
            call.callerNumber().value(),
            "Trésorerie / PGE",
            ">14<",
            // The case is held by the offered advisor's chamber, which serves the Calvados too.
            "CCI Seine Estuaire",
            earlier.caseNumber(),
            "Orientation donnée",
            "Claire Lemoine");
    assertThat(fixtures.caseOf(earlier, found -> true).status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void onlyTheOfferedAdvisorsSessionsReceiveTheCase() throws InterruptedException {
    BlockingQueue<String> sophie = openDesk(fixtures.signsInAs("adv103"));
    BlockingQueue<String> nathalie = openDesk(fixtures.signsInAs("adv105"));
    Call forSophie = arrivedFrom("14");
    Call forNathalie = arrivedFrom("27");

    fixtures.publish(forSophie.offeredTo("adv103", "seine-estuaire", 30));
    String sophiesPop = nextEvent(sophie, "case-offered");
    fixtures.publish(forNathalie.offeredTo("adv105", "portes-normandie", 30));
    String nathaliesPop = nextEvent(nathalie, "case-offered");

    assertThat(sophiesPop).contains(forSophie.caseNumber());
    // Events on one stream arrive in order: had Sophie's case reached Nathalie, it would come
    // first.
    assertThat(nathaliesPop)
        .contains(forNathalie.caseNumber())
        .doesNotContain(forSophie.caseNumber(), forSophie.callerNumber().value());
  }

  @Test
  void aPhoneRingingOnThePbxPopsTheCaseAsWellForAnAdvisorServedByAnotherInstance()
      throws InterruptedException {
    BlockingQueue<String> pierre = openDesk(fixtures.signsInAs("adv106"));
    Call call = arrivedFrom("61");

    // No AdvisorOffered here: the offer was made by another instance; only the PBX's fact is heard.
    fixtures.publish(
        new DialStarted(
            call.callId(), "PJSIP/adv106-0000002a", "1764.42", "adv106", Instant.now()));

    assertThat(nextEvent(pierre, "case-offered"))
        .contains(call.caseNumber(), call.callerNumber().value());
  }

  @Test
  void aPopIsAuditedAsAViewOfTheCase() throws InterruptedException {
    String username = fixtures.signsInAs("adv107");
    BlockingQueue<String> isabelle = openDesk(username);
    Call call = arrivedFrom("50");

    fixtures.publish(call.offeredTo("adv107", "ouest-normandie", 30));
    nextEvent(isabelle, "case-offered");

    assertThat(
            new Browser(port)
                .getAs("admin", "admin-test-password", "/api/audit?case=" + call.caseNumber())
                .body())
        .contains("\"action\":\"SCREEN_POP\"", "\"username\":\"" + username + "\"");
  }

  private Call arrivedFrom(String department) {
    Call call = Call.arriving(Duration.ofSeconds(40));
    fixtures.publish(call.arrived(), call.located(department, department + "000", 20));
    fixtures.caseOf(call, found -> found.department() != null);
    return call;
  }

  /** Signs in with the form and opens « Mon poste »'s stream, once the server says it is open. */
  private BlockingQueue<String> openDesk(String username) throws InterruptedException {
    Browser browser = new Browser(port);
    browser.signIn(username, PASSWORD);
    assertThat(browser.get("/poste").statusCode()).isEqualTo(200);
    BlockingQueue<String> stream = browser.eventStream("/poste/events");
    nextEvent(stream, "ready");
    return stream;
  }

  private static String nextEvent(BlockingQueue<String> stream, String name)
      throws InterruptedException {
    return ServerSentEvents.next(stream, name, Duration.ofSeconds(10));
  }
}
