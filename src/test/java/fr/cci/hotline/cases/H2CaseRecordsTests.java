package fr.cci.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.internal.CaseJournal;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.TestAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The case records on the embedded default database, their JSON endpoint, and what the writer does
 * with an event it can never write.
 */
class H2CaseRecordsTests extends CaseRecordsContract {

  @LocalServerPort int port;
  @Autowired PasswordEncoder passwords;
  @Autowired DataSource dataSource;
  @Autowired CaseJournal journal;

  @Value("${hotline.cases.journal-dir}")
  Path journalDirectory;

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
    assertThat(response.body()).contains("Aucun dossier ne porte le numéro CP-000000-XXXXX.");
  }

  @Test
  void anEventTheDatabaseKeepsRefusingIsSetAsideAndTheCallsBehindItAreWritten() throws Exception {
    Call refused = Call.arriving(Duration.ofMinutes(1));
    Call behind = Call.arriving(Duration.ZERO);
    double rejectedBefore = meters.counter("hotline.cases.rejected").count();

    journal.append(refused.caseNumber(), refused.arrivedAt(), new Unwritable(refused.caseNumber()));
    publish(behind.arrived());

    eventually(behind, c -> true);
    assertThat(records.find(refused.caseNumber())).isEmpty();
    assertThat(meters.counter("hotline.cases.rejected").count()).isEqualTo(rejectedBefore + 1);
    try (Stream<Path> files = Files.list(journalDirectory)) {
      assertThat(
              files
                  .filter(file -> file.getFileName().toString().startsWith("rejected-"))
                  .map(H2CaseRecordsTests::read))
          .anySatisfy(text -> assertThat(text).contains(refused.caseNumber(), "Unwritable"));
    }
  }

  /** An event the case writer cannot apply, standing for one the database refuses every time. */
  record Unwritable(String caseNumber) {}

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private void account(String username, Role role) {
    new TestAccounts(dataSource, passwords).create(username, "secret", role);
  }
}
