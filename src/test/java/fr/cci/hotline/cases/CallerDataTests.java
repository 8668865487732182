package fr.cci.hotline.cases;

import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A caller's rights over their data (GDPR articles 15 and 17), through the administrators' API: an
 * export of everything held about a number, and its erasure, both audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CallerDataTests {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "admin-test-password";

  /** Every table of the schema that holds text, where the number must not survive an erasure. */
  private static final List<String> TABLES =
      List.of(
          "case_record",
          "case_offer",
          "case_event",
          "case_draft",
          "case_audit",
          "waiting_call",
          "advisor",
          "advisor_presence",
          "user_account");

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;
  @Autowired CaseRecords records;
  @Autowired JdbcTemplate jdbc;

  private WorkspaceFixtures fixtures;
  private Browser browser;
  private String advisor;

  @BeforeEach
  void fixtures() {
    fixtures = new WorkspaceFixtures(dataSource, passwords, events, records);
    browser = new Browser(port);
    advisor = fixtures.signsInAs("adv101");
  }

  @Test
  void anAdministratorExportsEverythingAboutANumberAsJsonAndTheExportIsAudited() {
    Call first = fixtures.answeredCall("14", "adv101", "caen");
    Call second = Call.from(first.callerNumber(), Duration.ofMinutes(3));
    fixtures.publish(second.arrived(), second.topic("autre", 5));
    fixtures.caseOf(second, found -> found.topic() != null);
    browser.getAs(advisor, PASSWORD, "/api/cases/" + first.caseNumber());
    String spoken = "+33 " + first.callerNumber().value().substring(1);

    HttpResponse<String> export =
        browser.postAs(ADMIN, ADMIN_PASSWORD, "/api/callers/export", callerJson(spoken));

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body())
        .contains(
            "\"callerNumber\":\"" + first.callerNumber().value() + "\"",
            first.caseNumber(),
            second.caseNumber(),
            "\"username\":\"" + advisor + "\",\"action\":\"VIEW\"");
    assertThat(adminAudit())
        .contains("\"action\":\"EXPORT\"", first.callerNumber().masked() + " : 2 dossier(s)");
  }

  @Test
  void onlyAnAdministratorExportsOrErasesACaller() {
    Call call = fixtures.answeredCall("14", "adv101", "caen");
    String supervisor = fixtures.user("superviseur.rgpd", Role.SUPERVISOR);
    String body = callerJson(call.callerNumber().value());

    assertThat(browser.postAs(supervisor, PASSWORD, "/api/callers/export", body).statusCode())
        .isEqualTo(403);
    assertThat(browser.postAs(advisor, PASSWORD, "/api/callers/erase", body).statusCode())
        .isEqualTo(403);
    assertThat(records.find(call.caseNumber()).orElseThrow().callerNumber())
        .isEqualTo(call.callerNumber().value());
  }

  @Test
  void erasingACallerLeavesNoTraceOfTheNumberButTheAuditLineOfTheErasure() {
    Call first = fixtures.answeredCall("14", "adv101", "caen");
    browser.putAs(
        advisor,
        PASSWORD,
        "/api/cases/" + first.caseNumber(),
        """
        {"companyName": "Garage Lemoine", "siren": "732829320", "sizeBand": "EMPLOYEES_6_9",
         "notes": "Rappelle au sujet de sa dette", "partners": ["urssaf"],
         "outcome": "ORIENTATION_GIVEN"}
        """);
    Call second = fixtures.answeredCall("14", "adv102", "caen");
    Call again = Call.from(second.callerNumber(), Duration.ofMinutes(1));
    fixtures.publish(again.arrived(), again.located("14", "14400", 10));
    fixtures.caseOf(again, found -> found.postalCode() != null);
    records.saveDraft(again.caseNumber(), advisor, "notes=Brouillon");
    Call someoneElse = fixtures.answeredCall("14", "adv101", "caen");
    String number = second.callerNumber().value();
    browser.getAs(advisor, PASSWORD, "/api/cases/" + again.caseNumber());
    browser.postAs(ADMIN, ADMIN_PASSWORD, "/api/callers/export", callerJson(number));

    HttpResponse<String> erased =
        browser.postAs(ADMIN, ADMIN_PASSWORD, "/api/callers/erase", callerJson(number));

    assertThat(erased.statusCode()).isEqualTo(200);
    assertThat(erased.body()).contains("\"casesErased\":2");
    assertThat(rowsMentioning(number))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("ACTION", "ERASE")
                    .containsEntry("USERNAME", ADMIN)
                    .containsEntry("DETAIL", number + " : 2 dossier(s)"));
    CaseDetails kept = records.find(again.caseNumber()).orElseThrow();
    assertThat(kept.callerNumber()).isNull();
    assertThat(kept.postalCode()).isNull();
    assertThat(kept.department()).isEqualTo("14");
    assertThat(records.draft(again.caseNumber(), advisor)).isEmpty();
    assertThat(records.find(second.caseNumber()).orElseThrow().timeline().talkSeconds())
        .isEqualTo(300);
    assertThat(records.find(first.caseNumber()).orElseThrow().companyName())
        .isEqualTo("Garage Lemoine");
    assertThat(records.find(someoneElse.caseNumber()).orElseThrow().callerNumber())
        .isEqualTo(someoneElse.callerNumber().value());
  }

  @Test
  void aNumberThatIsNoNumberIsRefusedWithAFrenchMessage() {
    HttpResponse<String> refused =
        browser.postAs(ADMIN, ADMIN_PASSWORD, "/api/callers/erase", callerJson("anonymous"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Numéro d'appelant invalide.");
  }

  /** Every row, in every table, that holds the number anywhere in its text. */
  private List<Map<String, Object>> rowsMentioning(String number) {
    return TABLES.stream()
        .flatMap(table -> jdbc.queryForList("select * from " + table).stream())
        .filter(
            row -> row.values().stream().anyMatch(v -> v != null && v.toString().contains(number)))
        .toList();
  }

  private String adminAudit() {
    return browser.getAs(ADMIN, ADMIN_PASSWORD, "/api/audit?size=200").body();
  }

  private static String callerJson(String number) {
    return "{\"callerNumber\": \"" + number + "\"}";
  }
}
