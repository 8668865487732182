package fr.cci.hotline.advisors.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.advisors.ApiClient;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The admin API for advisors and chambers, over HTTP with Basic authentication. */
@AdvisorsIntegrationTest
class AdvisorsApiTests {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Presence presence;

  @Test
  void anAdministratorCreatesReadsChangesAndDeactivatesAnAdvisor() {
    ApiClient admin = as(Role.ADMIN);
    String id = Fixtures.uniqueId();

    ApiClient.Reply created =
        admin.post(
            "/api/advisors",
            """
            {"id": "%s", "name": "Hélène Martin", "chamber": "rouen",
             "phone": "PJSIP/%s", "departments": ["76"], "username": "helene.%s"}
            """
                .formatted(id, id, id));
    ApiClient.Reply changed =
        admin.put(
            "/api/advisors/" + id,
            """
            {"name": "Hélène Martin-Leroux", "chamber": "seine-estuaire",
             "phone": "PJSIP/0600000099@operator", "departments": ["76", "14"]}
            """);
    presence.logIn(id, Instant.now());
    ApiClient.Reply deactivated = admin.delete("/api/advisors/" + id);
    ApiClient.Reply listed = admin.get("/api/advisors");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("chamberName").asString()).isEqualTo("CCI Rouen Métropole");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("name").asString()).isEqualTo("Hélène Martin-Leroux");
    assertThat(changed.body().get("departments").toString()).isEqualTo("[\"14\",\"76\"]");
    assertThat(changed.body().get("external").asBoolean()).isTrue();
    assertThat(changed.body().get("username").isNull()).isTrue();
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.body().get("active").asBoolean()).isFalse();
    assertThat(presence.status(id).orElseThrow().state()).isEqualTo(PresenceState.OFFLINE);
    assertThat(find(listed.body(), id).get("active").asBoolean()).isFalse();
    assertThat(admin.get("/api/advisors/" + id).body().get("phone").asString())
        .isEqualTo("PJSIP/0600000099@operator");
  }

  @Test
  void supervisorsReadTheAdvisorsButOnlyAdministratorsChangeThem() {
    ApiClient supervisor = as(Role.SUPERVISOR);
    ApiClient advisor = as(Role.ADVISOR);

    ApiClient.Reply read = supervisor.get("/api/advisors/adv101");
    ApiClient.Reply write = supervisor.delete("/api/advisors/adv101");
    ApiClient.Reply advisorRead = advisor.get("/api/advisors");

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("name").asString()).isEqualTo("Claire Lemoine");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.body().get("title").asString()).isEqualTo("Accès refusé");
    assertThat(write.body().get("detail").asString())
        .isEqualTo("Accès refusé : votre rôle ne permet pas cette opération.");
    assertThat(advisorRead.status()).isEqualTo(403);
    assertThat(as(Role.ADMIN).get("/api/advisors/adv101").body().get("active").asBoolean())
        .isTrue();
  }

  @Test
  void anInvalidAdvisorIsRefusedNamingEachFieldInFrench() {
    ApiClient.Reply refused =
        as(Role.ADMIN)
            .post(
                "/api/advisors",
                """
                {"id": "adv 1", "name": "", "chamber": "caen",
                 "phone": "PJSIP/adv1,20,D(9)", "departments": []}
                """);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("title").asString()).isEqualTo("Requête invalide");
    assertThat(refused.body().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("id", "name", "phone", "departments");
    assertThat(refused.body().get("errors").findValuesAsString("message"))
        .contains(
            "Le téléphone doit être de la forme PJSIP/adv111 (poste) ou"
                + " PJSIP/0612345678@operator (mobile).",
            "Indiquez au moins un département.");
  }

  @Test
  void anUnknownChamberOrDepartementIsRefusedNamingTheField() {
    ApiClient admin = as(Role.ADMIN);
    String id = Fixtures.uniqueId();

    ApiClient.Reply chamber =
        admin.post("/api/advisors", advisor(id, "cherbourg", "PJSIP/" + id, "50"));
    ApiClient.Reply department =
        admin.post("/api/advisors", advisor(id, "caen", "PJSIP/" + id, "75"));

    assertThat(chamber.status()).isEqualTo(400);
    assertThat(chamber.body().get("field").asString()).isEqualTo("chamber");
    assertThat(chamber.body().get("detail").asString()).startsWith("Chambre inconnue : cherbourg.");
    assertThat(department.status()).isEqualTo(400);
    assertThat(department.body().get("field").asString()).isEqualTo("departments");
    assertThat(department.body().get("detail").asString())
        .isEqualTo("Département inconnu : 75. Départements possibles : 14, 27, 50, 61, 76.");
  }

  @Test
  void anIdOrAPhoneAlreadyTakenIsAConflict() {
    ApiClient admin = as(Role.ADMIN);
    String id = Fixtures.uniqueId();

    ApiClient.Reply sameId =
        admin.post("/api/advisors", advisor("adv101", "caen", "PJSIP/" + id, "14"));
    ApiClient.Reply samePhone =
        admin.post("/api/advisors", advisor(id, "caen", "PJSIP/adv102", "14"));

    assertThat(sameId.status()).isEqualTo(409);
    assertThat(sameId.body().get("field").asString()).isEqualTo("id");
    assertThat(sameId.body().get("detail").asString())
        .isEqualTo("Un conseiller porte déjà l'identifiant adv101.");
    assertThat(samePhone.status()).isEqualTo(409);
    assertThat(samePhone.body().get("field").asString()).isEqualTo("phone");
    assertThat(as(Role.ADMIN).get("/api/advisors/adv101").body().get("phone").asString())
        .isEqualTo("PJSIP/adv101");
  }

  @Test
  void anUnknownAdvisorIsNotFound() {
    ApiClient.Reply missing = as(Role.ADMIN).get("/api/advisors/adv999");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().get("detail").asString()).isEqualTo("Conseiller inconnu : adv999.");
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedInFrench() {
    ApiClient.Reply refused = as(Role.ADMIN).post("/api/advisors", "{\"id\": ");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("detail").asString())
        .isEqualTo("Le corps de la requête n'est pas un JSON valide.");
  }

  @Test
  void everyoneSignedInSeesTheChambersAndTheirDepartements() {
    ApiClient.Reply chambers = as(Role.ADVISOR).get("/api/chambers");
    ApiClient.Reply anonymous = new ApiClient(port, null, null).get("/api/chambers");

    assertThat(chambers.status()).isEqualTo(200);
    assertThat(find(chambers.body(), "seine-estuaire", "code").get("departments").toString())
        .isEqualTo("[\"14\",\"76\"]");
    assertThat(find(chambers.body(), "caen", "code").get("name").asString())
        .isEqualTo("CCI Caen Normandie");
    assertThat(chambers.body()).hasSize(6);
    assertThat(anonymous.status()).isEqualTo(401);
  }

  private ApiClient as(Role role) {
    return new ApiClient(port, fixtures.user(role), Fixtures.PASSWORD);
  }

  private static String advisor(String id, String chamber, String phone, String department) {
    return """
        {"id": "%s", "name": "Conseiller", "chamber": "%s", "phone": "%s", "departments": ["%s"]}
        """
        .formatted(id, chamber, phone, department);
  }

  private static JsonNode find(JsonNode list, String id) {
    return find(list, id, "id");
  }

  private static JsonNode find(JsonNode list, String value, String field) {
    for (JsonNode item : list) {
      if (item.get(field).asString().equals(value)) {
        return item;
      }
    }
    throw new AssertionError(value + " not in " + list);
  }
}
