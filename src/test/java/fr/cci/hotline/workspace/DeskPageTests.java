package fr.cci.hotline.workspace;

import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.Call;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** « Mon poste » through HTTP: presence buttons, « prêt », the case in progress, follow-ups. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "hotline.advisors.wrap-up=5m")
@ActiveProfiles("test")
class DeskPageTests {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;
  @Autowired CaseRecords records;
  @Autowired Presence presence;
  @Autowired Clock clock;

  private WorkspaceFixtures fixtures;
  private Browser browser;

  @BeforeEach
  void signedIn() {
    fixtures = new WorkspaceFixtures(dataSource, passwords, events, records);
    browser = new Browser(port);
    browser.signIn(fixtures.signsInAs("adv105"), PASSWORD);
  }

  @Test
  void anAdvisorLogsInPausesForLunchAndResumesFromTheirDesk() {
    press("LOGIN", Map.of());
    assertThat(state()).isEqualTo(PresenceState.AVAILABLE);
    press("PAUSE", Map.of("reason", "lunch"));
    assertThat(state()).isEqualTo(PresenceState.PAUSED);
    assertThat(presence.status("adv105").orElseThrow().pauseReason()).isEqualTo("lunch");
    HttpResponse<String> refused = press("PAUSE", Map.of("reason", "sieste"));
    assertThat(browser.get("/poste").body()).contains("Choisissez le motif de la pause.");
    press("RESUME", Map.of());

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(state()).isEqualTo(PresenceState.AVAILABLE);
  }

  @Test
  void readyEndsTheWrapUpAtOnceAndTheCaseStaysOnTheDeskUntilItsFormIsSaved() {
    Call call = Call.arriving(java.time.Duration.ofMinutes(3));
    presence.logIn("adv105", clock.instant());
    presence.reserve("adv105", call.callId(), clock.instant());
    presence.callAnswered("adv105", call.callId(), clock.instant());
    presence.callEnded("adv105", call.callId(), clock.instant());
    fixtures.publish(
        call.arrived(),
        call.located("27", "27000", 10),
        call.answeredBy("adv105", "portes-normandie", 10, 30),
        call.completed("adv105", 90, 120));
    fixtures.caseOf(call, found -> found.timeline().endedAt() != null);

    HttpResponse<String> wrapUp = browser.get("/poste");
    press("READY", Map.of());

    assertThat(wrapUp.body())
        .contains("Après-appel", ">Prêt<", call.caseNumber(), call.callerNumber().value());
    assertThat(state()).isEqualTo(PresenceState.AVAILABLE);
    assertThat(browser.get("/poste").body()).contains(call.caseNumber());
  }

  @Test
  void theFollowUpsDueTodayAreOnTheDeskWithMaskedNumbers() {
    Call call = fixtures.answeredCall("27", "adv105", "portes-normandie");
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    browser.putAs(
        "admin",
        "admin-test-password",
        "/api/cases/" + call.caseNumber(),
        "{\"outcome\": \"FOLLOW_UP_PLANNED\", \"followUpDate\": \"" + today + "\"}");

    String desk = browser.get("/poste").body();

    assertThat(desk).contains("Suivis du jour", call.caseNumber(), call.callerNumber().masked());
    assertThat(desk.substring(desk.indexOf("follow-ups")))
        .doesNotContain(call.callerNumber().value());
  }

  private HttpResponse<String> press(String action, Map<String, String> more) {
    Map<String, String> fields = new java.util.HashMap<>(more);
    fields.put("action", action);
    return browser.submit("/poste", "/poste/presence", fields);
  }

  private PresenceState state() {
    return presence.status("adv105").orElseThrow().state();
  }
}
