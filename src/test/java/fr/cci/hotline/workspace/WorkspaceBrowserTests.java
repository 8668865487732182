package fr.cci.hotline.workspace;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.TRESORERIE;
import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.telephony.DialStarted;
import fr.cci.hotline.testing.HeadlessChromium;
import fr.cci.hotline.testing.NeedsChromium;
import fr.cci.hotline.testing.PbxTestSupport;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An advisor's afternoon in a real browser (Debian's Chromium, headless) against the whole service
 * and the PBX simulator: sign in, log in, a caller is routed to them, the case pops up without a
 * reload, the form is filled (a wrong SIREN refused, a reload survived), saved, and the case is
 * closed; a supervisor and an administrator at their screens. Screenshots are left in the temporary
 * directory ({@code desk-pop.png}, {@code case-form-error.png}, {@code dossiers-advisor.png},
 * {@code dossiers-supervisor.png}, {@code case-supervisor.png}, {@code case-admin.png}, {@code
 * password.png}) for a human to look at.
 */
@NeedsChromium
class WorkspaceBrowserTests extends PbxTestSupport {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceBrowserTests.class);
  private static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"));

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;
  @Autowired ConfigurableApplicationContext context;
  @TempDir Path profile;

  /** When each phone started ringing, by the wall clock the browser shares. */
  private final Map<String, Long> ringingSince = new ConcurrentHashMap<>();

  private WorkspaceFixtures fixtures;
  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeEach
  void openChromium() {
    fixtures = new WorkspaceFixtures(dataSource, passwords, events, cases);
    context.addApplicationListener(
        ApplicationListener.forPayload(
            (DialStarted dial) ->
                ringingSince.putIfAbsent(dial.dialString(), System.currentTimeMillis())));
    chromium = new HeadlessChromium(profile);
    browser = chromium.browser();
  }

  @AfterEach
  void closeChromium() {
    if (chromium != null) {
      List<String> blocked = chromium.policyViolations();
      chromium.close();
      assertThat(blocked).as("what the content security policy blocked").isEmpty();
    }
  }

  @Test
  void anAdvisorSeesTheRoutedCasePopUpFillsTheFormAndClosesTheCase() {
    signIn(fixtures.signsInAs("adv102"));
    chromium.waitForText("Mon poste");
    waitUntil("the event stream is open", "return document.body.dataset.stream === 'open'");
    browser.findElement(By.xpath("//button[normalize-space()='Se connecter']")).click();
    chromium.waitForText("Disponible");
    waitUntil("the event stream is open again", "return document.body.dataset.stream === 'open'");
    script("window.sameDocument = true;");
    pbx.advisor("adv102").registered().answersAfter(Duration.ofSeconds(2), Duration.ofSeconds(20));

    pbx.call(
        CallerScript.from("0633100900")
            .stayQuiet()
            .stayQuiet()
            .pressWhenAsked(TRESORERIE)
            .pressWhenAsked(CALVADOS));

    // The desk may show an earlier case of this advisor's still to complete: wait for the pop.
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            page -> page.findElement(By.id("current-case")).getAttribute("data-shown-at") != null);
    long shownAt = Long.parseLong(attribute("current-case", "data-shown-at"));
    assertThat(script("return window.sameDocument === true")).as("no reload").isEqualTo(true);
    long popDelay = shownAt - ringingSince.get("adv102");
    log.info("Screen pop shown {} ms after the phone started ringing", popDelay);
    assertThat(popDelay).as("ms from the ring to the pop").isLessThan(1000);
    String caseNumber = browser.findElement(By.cssSelector("#current-case .case-number")).getText();
    assertThat(browser.findElement(By.cssSelector("#current-case .caller-number")).getText())
        .isEqualTo("0633100900");
    assertThat(browser.findElement(By.cssSelector("#current-case .topic")).getText())
        .isEqualTo("Trésorerie / PGE");
    assertThat(browser.findElement(By.cssSelector("#current-case .chamber")).getText())
        .isEqualTo("CCI Caen Normandie");
    chromium.screenshot(SHOTS.resolve("desk-pop.png"));

    browser.findElement(By.linkText("Remplir la fiche")).click();
    chromium.waitForText("Fiche");
    type("companyName", "Boulangerie <Le Fournil>");
    type("siren", "732 829 321");
    type("notes", "Retard URSSAF de deux mois ; échéancier à demander.");
    new Select(browser.findElement(By.id("sizeBand"))).selectByVisibleText("0 à 5 salariés");
    new Select(browser.findElement(By.id("outcome"))).selectByVisibleText("Orientation donnée");
    browser.findElement(By.cssSelector("input[name=partners][value=urssaf]")).click();
    waitUntil(
        "the draft is kept", "return !!document.getElementById('case-form').dataset.draftSavedAt");
    browser.navigate().refresh();
    chromium.waitForText("Fiche");
    assertThat(browser.findElement(By.id("notes")).getAttribute("value"))
        .isEqualTo("Retard URSSAF de deux mois ; échéancier à demander.");

    browser.findElement(By.id("save")).click();
    chromium.waitForText("SIREN invalide");
    assertThat(browser.findElement(By.id("siren-error")).getText()).startsWith("SIREN invalide");
    assertThat(cases.find(caseNumber).orElseThrow().status()).isNotEqualTo(CaseStatus.CLOSED);
    chromium.screenshot(SHOTS.resolve("case-form-error.png"));
    browser.findElement(By.id("siren")).clear();
    type("siren", "732 829 320");
    browser.findElement(By.id("save")).click();
    chromium.waitForText("Fiche enregistrée");

    CaseDetails closed = cases.find(caseNumber).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.companyName()).isEqualTo("Boulangerie <Le Fournil>");
    assertThat(closed.siren()).isEqualTo("732829320");
    assertThat(closed.sizeBand()).isEqualTo("EMPLOYEES_0_5");
    assertThat(closed.outcome()).isEqualTo("ORIENTATION_GIVEN");
    assertThat(closed.partners()).containsExactly("urssaf");
    assertThat(closed.notes()).isEqualTo("Retard URSSAF de deux mois ; échéancier à demander.");
    assertThat(cases.draft(caseNumber, "adv102.poste")).isEmpty();

    browser.findElement(By.linkText("Dossiers")).click();
    chromium.waitForText("dossier(s)");
    assertThat(browser.findElement(By.id("results")).getText())
        .contains(caseNumber, "06 •• •• •• 00", "Boulangerie <Le Fournil>")
        .doesNotContain("0633100900");
    chromium.screenshot(SHOTS.resolve("dossiers-advisor.png"));
  }

  @Test
  void aSupervisorSearchesTheCasesAndReadsOneWithoutAForm() {
    String supervisor = fixtures.user("superviseure.page", Role.SUPERVISOR);
    var call = fixtures.answeredCall("76", "adv109", "rouen");
    signIn(supervisor);
    chromium.waitForText("Bienvenue");

    browser.findElement(By.linkText("Dossiers")).click();
    chromium.waitForText("dossier(s)");
    new Select(browser.findElement(By.id("department"))).selectByValue("76");
    browser.findElement(By.xpath("//button[normalize-space()='Rechercher']")).click();
    chromium.waitForText(call.caseNumber());
    chromium.screenshot(SHOTS.resolve("dossiers-supervisor.png"));
    browser.findElement(By.linkText(call.caseNumber())).click();
    chromium.waitForText("L'appel");

    assertThat(browser.findElement(By.id("case-facts")).getText())
        .contains(call.callerNumber().value(), "CCI Rouen Métropole", "Camille Leroy");
    assertThat(browser.findElements(By.id("case-form"))).isEmpty();
    chromium.screenshot(SHOTS.resolve("case-supervisor.png"));
  }

  @Test
  void anAdministratorChangesAnyCaseFromItsPage() {
    var call = fixtures.answeredCall("50", "adv107", "ouest-normandie");
    signIn("admin", "admin-test-password");
    chromium.waitForText("Bienvenue");

    browser.get("http://127.0.0.1:" + port + "/dossiers/" + call.caseNumber());
    chromium.waitForText("Fiche");
    new Select(browser.findElement(By.id("outcome")))
        .selectByVisibleText("Hors du champ de la ligne");
    chromium.screenshot(SHOTS.resolve("case-admin.png"));
    browser.findElement(By.id("save")).click();
    chromium.waitForText("Fiche enregistrée");

    assertThat(cases.find(call.caseNumber()).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(cases.find(call.caseNumber()).orElseThrow().completedBy()).isEqualTo("admin");
  }

  @Test
  void anAdvisorWhosePasswordAnAdministratorGaveChoosesTheirOwnFirst() {
    String username = fixtures.signsInAs("adv110");
    new JdbcTemplate(dataSource)
        .update(
            "update user_account set password_change_required = true where username = ?", username);
    signIn(username);
    chromium.waitForText("Choisir votre mot de passe");
    chromium.screenshot(SHOTS.resolve("password.png"));

    browser.findElement(By.id("current")).sendKeys(PASSWORD);
    browser.findElement(By.id("chosen")).sendKeys("Un-mot-de-passe-neuf");
    browser.findElement(By.id("confirmed")).sendKeys("Un-mot-de-passe-neuf");
    browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
    chromium.waitForText("Mon poste");

    assertThat(browser.getCurrentUrl()).endsWith("/poste");
    assertThat(browser.findElement(By.id("my-presence")).getText()).contains("Marc Delamare");
  }

  private void signIn(String username) {
    signIn(username, PASSWORD);
  }

  private void signIn(String username, String password) {
    browser.get("http://127.0.0.1:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
  }

  private void type(String field, String text) {
    browser.findElement(By.id(field)).sendKeys(text);
  }

  private String attribute(String id, String name) {
    return browser.findElement(By.id(id)).getAttribute(name);
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }

  private void waitUntil(String what, String condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .withMessage(what)
        .until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(condition)));
  }
}
