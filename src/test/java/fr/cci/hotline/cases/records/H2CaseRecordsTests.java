package fr.cci.hotline.cases.records;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.Call;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.TestAccounts;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The case records on the embedded default database, and their JSON endpoint. */
class H2CaseRecordsTests extends CaseRecordsContract {

  @LocalServerPort int port;
  @Autowired PasswordEncoder passwords;
  @Autowired DataSource dataSource;

  @Test
  void aSupervisorReadsACaseAsJsonWithTheCallerNumber() {
    Call call = Call.arriving(Duration.ofMinutes(2));
    publish(call.arrived(), call.topic("tresorerie", 5), call.offeredTo("adv101", "rouen", 30));
    eventually(call, c -> c.status() == CaseStatus.ASSIGNED);
    account("sophie.martin", Role.SUPERVISOR);

    HttpResponse<String> response =
        new Browser(port).getAs("sophie.martin", "secret", "/api/cases/" + call.caseNumber());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "\"caseNumber\":\"" + call.caseNumber() + "\"",
            "\"status\":\"ASSIGNED\"",
            "\"callerNumber\":\"" + call.callerNumber().value() + "\"",
            "\"topic\":\"tresorerie\"",
            "\"advisorId\":\"adv101\"");
  }

  @Test
  void advisorsAndStrangersCannotReadCases() {
    Call call = Call.arriving(Duration.ZERO);
    publish(call.arrived());
    eventually(call, c -> true);
    account("jean.advisor", Role.ADVISOR);
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
    assertThat(response.body()).contains("Aucun dossier ne porte ce numéro.");
  }

  private void account(String username, Role role) {
    new TestAccounts(dataSource, passwords).create(username, "secret", role);
  }
}
