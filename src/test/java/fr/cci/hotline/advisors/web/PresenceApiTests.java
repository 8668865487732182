package fr.cci.hotline.advisors.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.advisors.ApiClient;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.admin.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Presence over HTTP: an advisor changes their own, supervisors anyone's. */
@AdvisorsIntegrationTest
class PresenceApiTests {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Presence presence;

  @Test
  void anAdvisorLogsInPausesResumesAndLogsOutThemselves() {
    String username = fixtures.user(Role.ADVISOR);
    String advisor = fixtures.deskAdvisorSignedInAs(username);
    ApiClient api = new ApiClient(port, username, Fixtures.PASSWORD);
    String path = "/api/advisors/" + advisor + "/presence";

    ApiClient.Reply login = api.post(path, "{\"action\": \"LOGIN\"}");
    ApiClient.Reply pause = api.post(path, "{\"action\": \"PAUSE\", \"reason\": \"lunch\"}");
    ApiClient.Reply seen = api.get(path);
    ApiClient.Reply resume = api.post(path, "{\"action\": \"RESUME\"}");
    ApiClient.Reply logout = api.post(path, "{\"action\": \"LOGOUT\"}");

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body().get("state").asString()).isEqualTo("AVAILABLE");
    assertThat(pause.body().get("label").asString()).isEqualTo("En pause — Déjeuner");
    assertThat(seen.body().get("pauseReason").asString()).isEqualTo("lunch");
    assertThat(resume.body().get("state").asString()).isEqualTo("AVAILABLE");
    assertThat(logout.body().get("state").asString()).isEqualTo("OFFLINE");
    assertThat(logout.body().get("label").asString()).isEqualTo("Déconnecté");
  }

  @Test
  void anAdvisorCannotChangeSomeoneElsesPresence() {
    String username = fixtures.user(Role.ADVISOR);
    fixtures.deskAdvisorSignedInAs(username);
    String colleague = fixtures.deskAdvisor();

    ApiClient.Reply refused =
        new ApiClient(port, username, Fixtures.PASSWORD)
            .post("/api/advisors/" + colleague + "/presence", "{\"action\": \"LOGIN\"}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().get("detail").asString())
        .isEqualTo("Vous ne pouvez changer que votre propre présence.");
    assertThat(presence.status(colleague).orElseThrow().state().name()).isEqualTo("OFFLINE");
  }

  @Test
  void aSupervisorChangesAnyAdvisorsPresenceAndSeesTheWholeTeam() {
    ApiClient supervisor = new ApiClient(port, fixtures.user(Role.SUPERVISOR), Fixtures.PASSWORD);
    String advisor = fixtures.deskAdvisor();

    ApiClient.Reply login =
        supervisor.post("/api/advisors/" + advisor + "/presence", "{\"action\": \"LOGIN\"}");
    ApiClient.Reply team = supervisor.get("/api/presence");

    assertThat(login.status()).isEqualTo(200);
    assertThat(team.body().findValuesAsString("advisorId")).contains("adv101", advisor);
  }

  @Test
  void aPauseNeedsOneOfTheKnownReasons() {
    ApiClient supervisor = new ApiClient(port, fixtures.user(Role.SUPERVISOR), Fixtures.PASSWORD);
    String advisor = fixtures.deskAdvisor();
    supervisor.post("/api/advisors/" + advisor + "/presence", "{\"action\": \"LOGIN\"}");

    ApiClient.Reply refused =
        supervisor.post(
            "/api/advisors/" + advisor + "/presence",
            "{\"action\": \"PAUSE\", \"reason\": \"sieste\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("field").asString()).isEqualTo("reason");
    assertThat(refused.body().get("detail").asString())
        .isEqualTo("Indiquez le motif de la pause : lunch, meeting, training, other.");
  }

  @Test
  void anUnknownActionIsRefusedNamingTheField() {
    ApiClient supervisor = new ApiClient(port, fixtures.user(Role.SUPERVISOR), Fixtures.PASSWORD);

    ApiClient.Reply unknown =
        supervisor.post("/api/advisors/adv101/presence", "{\"action\": \"DANCE\"}");
    ApiClient.Reply missing = supervisor.post("/api/advisors/adv101/presence", "{}");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("field").asString()).isEqualTo("action");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("detail").asString())
        .isEqualTo("L'action est obligatoire : LOGIN, LOGOUT, PAUSE ou RESUME.");
  }

  @Test
  void pausingALoggedOutAdvisorIsAConflict() {
    ApiClient supervisor = new ApiClient(port, fixtures.user(Role.SUPERVISOR), Fixtures.PASSWORD);
    String advisor = fixtures.deskAdvisor();

    ApiClient.Reply refused =
        supervisor.post(
            "/api/advisors/" + advisor + "/presence",
            "{\"action\": \"PAUSE\", \"reason\": \"meeting\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("detail").asString()).isEqualTo("Connectez-vous d'abord.");
  }

  @Test
  void aPauseAskedDuringACallWaitsForItsEnd() {
    ApiClient supervisor = new ApiClient(port, fixtures.user(Role.SUPERVISOR), Fixtures.PASSWORD);
    String advisor = fixtures.deskAdvisor();
    presence.logIn(advisor, Instant.now());
    presence.reserve(advisor, "caller-1", Instant.now());
    presence.callAnswered(advisor, "caller-1", Instant.now());

    ApiClient.Reply asked =
        supervisor.post(
            "/api/advisors/" + advisor + "/presence",
            "{\"action\": \"PAUSE\", \"reason\": \"meeting\"}");
    presence.callEnded(advisor, "caller-1", Instant.now());

    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body().get("state").asString()).isEqualTo("ON_CALL");
    assertThat(asked.body().get("afterCall").asString()).isEqualTo("PAUSED");
    assertThat(presence.status(advisor).orElseThrow().pauseReason()).isEqualTo("meeting");
  }

  @Test
  void anAccountThatIsNoAdvisorSeesNobodyAndAnUnknownAdvisorIsNotFound() {
    ApiClient advisor = new ApiClient(port, fixtures.user(Role.ADVISOR), Fixtures.PASSWORD);
    ApiClient supervisor = new ApiClient(port, fixtures.user(Role.SUPERVISOR), Fixtures.PASSWORD);

    assertThat(advisor.get("/api/presence").body()).isEmpty();
    assertThat(supervisor.get("/api/advisors/adv999/presence").status()).isEqualTo(404);
  }
}
