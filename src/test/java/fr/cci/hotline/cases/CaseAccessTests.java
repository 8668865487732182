package fr.cci.hotline.cases;

import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The access rules of cases through the real HTTP stack, API and pages: who may see and change
 * which case, and the audit line each view and change leaves. The team: adv101 and adv102 of CCI
 * Caen Normandie, adv109 of CCI Rouen Métropole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseAccessTests {

  private static final String FORM =
      """
      {"companyName": "Boulangerie du Port", "siren": "732 829 320", "sizeBand": "EMPLOYEES_0_5",
       "topic": "tresorerie", "notes": "Dettes URSSAF, échéancier à demander",
       "partners": ["urssaf"], "outcome": "ORIENTATION_GIVEN"}
      """;

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;
  @Autowired CaseRecords records;

  private WorkspaceFixtures fixtures;
  private Browser browser;
  private String caenAdvisor;
  private String rouenAdvisor;
  private String supervisor;

  @BeforeEach
  void team() {
    fixtures = new WorkspaceFixtures(dataSource, passwords, events, records);
    browser = new Browser(port);
    caenAdvisor = fixtures.signsInAs("adv101");
    rouenAdvisor = fixtures.signsInAs("adv109");
    supervisor = fixtures.user("superviseur.acces", Role.SUPERVISOR);
  }

  @Test
  void anAdvisorOpensACaseOfTheirChamberWithTheWholeNumberAndTheViewIsAudited() {
    Call call = fixtures.answeredCall("14", "adv102", "caen");

    HttpResponse<String> opened =
        browser.getAs(caenAdvisor, PASSWORD, "/api/cases/" + call.caseNumber());

    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("\"callerNumber\":\"" + call.callerNumber().value() + "\"");
    assertThat(auditOf(call))
        .contains(
            "\"username\":\"" + caenAdvisor + "\"",
            "\"action\":\"VIEW\"",
            "\"address\":\"127.0.0.1\"");
  }

  @Test
  void anAdvisorOfAnotherChamberGets403OnViewAndEditAndTheCaseIsUnchanged() {
    Call call = fixtures.answeredCall("14", "adv102", "caen");

    HttpResponse<String> view =
        browser.getAs(rouenAdvisor, PASSWORD, "/api/cases/" + call.caseNumber());
    HttpResponse<String> edit =
        browser.putAs(rouenAdvisor, PASSWORD, "/api/cases/" + call.caseNumber(), FORM);

    assertThat(view.statusCode()).isEqualTo(403);
    assertThat(edit.statusCode()).isEqualTo(403);
    assertThat(edit.body()).contains("Accès refusé").doesNotContain("Exception");
    assertThat(records.find(call.caseNumber()).orElseThrow().status())
        .isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(auditOf(call)).doesNotContain(rouenAdvisor);
  }

  @Test
  void anAdvisorOfAnotherChamberGets403OnTheCasePageToo() {
    Call call = fixtures.answeredCall("14", "adv102", "caen");
    browser.signIn(rouenAdvisor, PASSWORD);

    HttpResponse<String> page = browser.get("/dossiers/" + call.caseNumber());
    HttpResponse<String> save =
        browser.submit(
            "/dossiers", "/dossiers/" + call.caseNumber(), Map.of("outcome", "NO_ACTION_NEEDED"));

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Accès refusé").doesNotContain(call.callerNumber().value());
    assertThat(save.statusCode()).isEqualTo(403);
    assertThat(records.find(call.caseNumber()).orElseThrow().status())
        .isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void anAdvisorWhosePhoneRangForACaseOfAnotherChamberMayOpenIt() {
    Call call = fixtures.answeredCall("76", "adv109", "rouen");
    fixtures.publish(
        call.offeredTo("adv101", "caen", 20),
        call.declinedBy("adv101", DialStatus.NOANSWER, 8, 28));
    fixtures.caseOf(call, found -> found.offers().size() == 2);

    assertThat(browser.getAs(caenAdvisor, PASSWORD, "/api/cases/" + call.caseNumber()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anAdvisorSavesTheFormOfTheirChambersCaseWhichClosesItAndIsAudited() {
    Call call = fixtures.answeredCall("14", "adv102", "caen");

    HttpResponse<String> saved =
        browser.putAs(caenAdvisor, PASSWORD, "/api/cases/" + call.caseNumber(), FORM);

    assertThat(saved.statusCode()).isEqualTo(200);
    CaseDetails closed = records.find(call.caseNumber()).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.siren()).isEqualTo("732829320");
    assertThat(closed.companyName()).isEqualTo("Boulangerie du Port");
    assertThat(closed.partners()).containsExactly("urssaf");
    assertThat(closed.completedBy()).isEqualTo(caenAdvisor);
    assertThat(auditOf(call))
        .contains("\"action\":\"SAVE\"", "statut CLOSED", "résultat ORIENTATION_GIVEN")
        .doesNotContain("Dettes URSSAF");
  }

  @Test
  void aSupervisorReadsEveryCaseButChangesNone() {
    Call call = fixtures.answeredCall("50", "adv107", "ouest-normandie");

    HttpResponse<String> view =
        browser.getAs(supervisor, PASSWORD, "/api/cases/" + call.caseNumber());
    HttpResponse<String> edit =
        browser.putAs(supervisor, PASSWORD, "/api/cases/" + call.caseNumber(), FORM);

    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(edit.statusCode()).isEqualTo(403);
    assertThat(auditOf(call))
        .contains("\"username\":\"" + supervisor + "\"", "\"action\":\"VIEW\"");
  }

  @Test
  void anAdministratorChangesAnyCaseAndAloneReadsTheAuditTrail() {
    Call call = fixtures.answeredCall("61", "adv106", "portes-normandie");

    HttpResponse<String> edit =
        browser.putAs("admin", "admin-test-password", "/api/cases/" + call.caseNumber(), FORM);

    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(auditOf(call)).contains("\"username\":\"admin\"", "\"action\":\"SAVE\"");
    assertThat(browser.getAs(supervisor, PASSWORD, "/api/audit").statusCode()).isEqualTo(403);
    assertThat(browser.getAs(caenAdvisor, PASSWORD, "/api/audit").statusCode()).isEqualTo(403);
  }

  @Test
  void aFormWithMistakesIsRefusedWithOneFrenchMessagePerField() {
    Call call = fixtures.answeredCall("14", "adv102", "caen");

    HttpResponse<String> refused =
        browser.putAs(
            caenAdvisor,
            PASSWORD,
            "/api/cases/" + call.caseNumber(),
            """
            {"siren": "732829321", "sizeBand": "HUGE", "partners": ["nobody"],
             "followUpDate": "2020-01-01"}
            """);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "{\"field\":\"siren\",\"message\":\"SIREN invalide",
            "{\"field\":\"sizeBand\",",
            "{\"field\":\"partners\",",
            "{\"field\":\"outcome\",\"message\":\"Indiquez le résultat de l'appel.\"}",
            "{\"field\":\"followUpDate\",\"message\":\"La date de suivi ne peut pas être passée.\"}")
        .doesNotContain("Exception", "at fr.cci");
    assertThat(records.find(call.caseNumber()).orElseThrow().status())
        .isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void anAdvisorSearchesOnlyTheirChambersCasesAndSeesNumbersMasked() {
    Call caen = fixtures.answeredCall("14", "adv102", "caen");
    Call rouen = fixtures.answeredCall("76", "adv109", "rouen");

    HttpResponse<String> mine =
        browser.getAs(caenAdvisor, PASSWORD, "/api/cases?status=IN_PROGRESS&size=100");
    HttpResponse<String> all =
        browser.getAs(supervisor, PASSWORD, "/api/cases?department=76&size=100");

    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body())
        .contains(
            caen.caseNumber(), "\"maskedCallerNumber\":\"" + caen.callerNumber().masked() + "\"")
        .doesNotContain(rouen.caseNumber(), caen.callerNumber().value());
    assertThat(all.body()).contains(rouen.caseNumber()).doesNotContain(caen.caseNumber());
  }

  @Test
  void theSearchFiltersBySirenAndWordsAndRefusesAWrongFilterPerField() {
    Call call = fixtures.answeredCall("27", "adv105", "portes-normandie");
    browser.putAs("admin", "admin-test-password", "/api/cases/" + call.caseNumber(), FORM);

    HttpResponse<String> bySiren =
        browser.getAs(supervisor, PASSWORD, "/api/cases?siren=732829320&words=boulangerie%20PORT");
    HttpResponse<String> byOtherWords =
        browser.getAs(supervisor, PASSWORD, "/api/cases?siren=732829320&words=garage");
    HttpResponse<String> wrong =
        browser.getAs(supervisor, PASSWORD, "/api/cases?status=FINI&from=hier&size=500&sort=notes");

    assertThat(bySiren.body()).contains(call.caseNumber());
    assertThat(byOtherWords.body()).doesNotContain(call.caseNumber());
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body())
        .contains(
            "\"field\":\"status\"",
            "\"field\":\"from\"",
            "\"field\":\"size\"",
            "\"field\":\"sort\"");
  }

  @Test
  void aNoteWithMarkupShowsAsTextOnTheCasePage() {
    Call call = fixtures.answeredCall("14", "adv102", "caen");
    browser.putAs(
        caenAdvisor,
        PASSWORD,
        "/api/cases/" + call.caseNumber(),
        """
        {"notes": "<script>alert('x')</script>", "outcome": "NO_ACTION_NEEDED"}
        """);
    browser.signIn(supervisor, PASSWORD);

    HttpResponse<String> page = browser.get("/dossiers/" + call.caseNumber());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert(");
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() {
    Call call = fixtures.answeredCall("14", "adv102", "caen");
    browser.signIn(caenAdvisor, PASSWORD);

    HttpResponse<String> forged =
        browser.postFormWithoutToken(
            "/dossiers/" + call.caseNumber(), Map.of("outcome", "NO_ACTION_NEEDED"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(records.find(call.caseNumber()).orElseThrow().status())
        .isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void everyLinkOfTheCasesPageLeadsToAPageForEachRole() {
    fixtures.answeredCall("14", "adv102", "caen");
    fixtures.answeredCall("14", "adv101", "caen");
    for (String[] user :
        List.of(
            new String[] {caenAdvisor, PASSWORD},
            new String[] {supervisor, PASSWORD},
            new String[] {"admin", "admin-test-password"})) {
      Browser signedIn = new Browser(port);
      signedIn.signIn(user[0], user[1]);
      String page = signedIn.get("/dossiers?size=1&department=14").body();
      Matcher link = Pattern.compile("href=\"(/[^\"]*)\"").matcher(page);
      List<String> links = new ArrayList<>();
      while (link.find()) {
        links.add(link.group(1).replace("&amp;", "&"));
      }

      assertThat(links).as(user[0]).contains("/dossiers").anyMatch(l -> l.contains("page=1"));
      assertThat(links)
          .filteredOn(l -> !l.startsWith("/css/"))
          .allSatisfy(
              l -> assertThat(signedIn.get(l).statusCode()).as(user[0] + " " + l).isIn(200, 302));
    }
  }

  private String auditOf(Call call) {
    return browser
        .getAs("admin", "admin-test-password", "/api/audit?case=" + call.caseNumber())
        .body();
  }
}
