package fr.cci.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.Browser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The case records on the embedded default database, and their JSON endpoint. */
class H2CaseRecordsTests extends CaseRecordsContract {

  @LocalServerPort int port;
  @Autowired PasswordEncoder passwords;

  @Test
  void aSupervisorReadsACaseAsJsonWithTheCallerNumber() {
    Call call = Call.arriving(Duration.ofMinutes(2));
    publish(call.arrived(), call.topic("tresorerie", 5), call.offeredTo("adv101", "rouen", 30));
    eventually(call, c -> c.status() == CaseStatus.ASSIGNED);
    account("sophie.martin", "SUPERVISOR");

    HttpResponse<String> response =
        new Browser(port).getAs("sophie.martin", "secret", "/api/cases/" + call.caseNumber());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "\"caseNumber\":\"" + call.caseNumber() + "\"",
            "\"status\":\"ASSIGNED\"",
            "\"callerNumber\":\"" + call.callerNumber() + "\"",
            "\"topic\":\"tresorerie\"",
            "\"advisorId\":\"adv101\"");
  }

  @Test
  void advisorsAndStrangersCannotReadCases() {
    Call call = Call.arriving(Duration.ZERO);
    publish(call.arrived());
    eventually(call, c -> true);
    account("jean.advisor", "ADVISOR");
    Browser browser = new Browser(port);

    assertThat(browser.get("/api/cases/" + call.caseNumber()).statusCode()).isEqualTo(401);
    assertThat(
            browser.getAs("jean.advisor", "secret", "/api/cases/" + call.caseNumber()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anUnknownCaseIsNotFoundWithAFrenchMessage() {
    HttpResponse<String> response =
        new Browser(port).getAs("admin", "admin-test-password", "/api/cases/CP-000000-XXXXX");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Aucun dossier ne porte le numéro CP-000000-XXXXX.");
  }

  private void account(String username, String role) {
    jdbc.update(
        "insert into user_account (username, password_hash, role, enabled, created_at)"
            + " select ?, ?, ?, true, ? where not exists"
            + " (select 1 from user_account where username = ?)",
        username,
        passwords.encode("secret"),
        role,
        java.sql.Timestamp.from(Instant.now()),
        username);
  }
}
