package fr.cci.hotline.supervision;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.routing.WaitingCallers;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.testing.HeadlessChromium;
import fr.cci.hotline.testing.NeedsChromium;
import fr.cci.hotline.testing.PbxTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A supervisor watches the wallboard in a real browser (Debian's Chromium, headless) while the PBX
 * simulator places a call: the waiting caller shows without a reload, the longest wait turns orange
 * past its setting, and an advisor's change of state shows too. Screenshots of the wallboard, its
 * wall mode, the reports and the staffing page are left in the temporary folder ({@code
 * wallboard*.png}, {@code reports.png}, {@code staffing.png}) for a human to look at.
 */
@NeedsChromium
class WallboardBrowserTests extends PbxTestSupport {

  private static final Logger log = LoggerFactory.getLogger(WallboardBrowserTests.class);
  private static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"));
  private static final Duration PUSHED = Duration.ofSeconds(2);

  @Autowired WaitingCallers line;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @LocalServerPort int port;
  @TempDir Path profile;

  private HeadlessChromium chromium;
  private WebDriver browser;
  private final List<SimulatedCall> calls = new ArrayList<>();

  @BeforeEach
  void openChromium() {
    chromium = new HeadlessChromium(profile);
    browser = chromium.browser();
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @AfterEach
  void closeChromiumAndHangUp() {
    calls.forEach(SimulatedCall::hangUp);
    if (chromium != null) {
      List<String> blocked = chromium.policyViolations();
      chromium.close();
      assertThat(blocked).as("what the content security policy blocked").isEmpty();
    }
  }

  @Test
  void aNewWaitingCallerAndAnAdvisorsChangeOfStateShowWithoutAReload() {
    signIn(Role.SUPERVISOR);
    browser.get(url("/supervision/wallboard"));
    waitFor(PUSHED, () -> "En direct".equals(text("live-status")));
    script("window.sameDocument = true;");
    assertThat(text("waiting-count")).isEqualTo("0");
    assertThat(rowText("advisor-adv101")).contains("Déconnecté");

    long placed = System.nanoTime();
    SimulatedCall call = pbx.call(tresorerieCaller("0622910001", CALVADOS));
    calls.add(call);
    await().atMost(Duration.ofSeconds(15)).until(() -> line.now().size() == 1);
    long joined = System.nanoTime();
    waitFor(PUSHED, () -> "1".equals(text("waiting-count")));
    log.info(
        "Wallboard showed the caller {} ms after the simulator placed the call, {} ms after they"
            + " joined the line",
        (System.nanoTime() - placed) / 1_000_000,
        (System.nanoTime() - joined) / 1_000_000);
    assertThat(rowText("waiting-14")).contains("14 — Calvados", "1");
    chromium.screenshot(SHOTS.resolve("wallboard.png"));

    clock.setTo(clock.instant().plus(Duration.ofMinutes(2)));
    waitFor(
        Duration.ofSeconds(20),
        () -> browser.findElement(By.id("waiting-tile")).getAttribute("class").contains("warning"));
    chromium.screenshot(SHOTS.resolve("wallboard-warning.png"));

    pbx.advisor("adv101").registered().answersAfter(Duration.ofSeconds(1), Duration.ofHours(1));
    presence.logIn("adv101", clock.instant());
    waitFor(PUSHED, () -> !rowText("advisor-adv101").contains("Déconnecté"));
    waitFor(Duration.ofSeconds(10), () -> rowText("advisor-adv101").contains("En communication"));
    waitFor(PUSHED, () -> "0".equals(text("waiting-count")));
    assertThat(script("return window.sameDocument === true;"))
        .as("the page was never reloaded")
        .isEqualTo(true);
    chromium.screenshot(SHOTS.resolve("wallboard-on-call.png"));

    browser.get(url("/supervision/reports?period=day&date=2026-11-26&by=department"));
    assertThat(rowText("row-14")).startsWith("14 — Calvados");
    chromium.screenshot(SHOTS.resolve("reports.png"));
  }

  @Test
  void theWallModeTheReportsAndTheStaffingPageAsASupervisorAndAnAdministratorSeeThem() {
    signIn(Role.ADMIN);
    browser.get(url("/supervision/wallboard?mode=mur"));
    waitFor(PUSHED, () -> "En direct".equals(text("live-status")));
    assertThat(browser.findElements(By.cssSelector("header.bar")).get(0).isDisplayed())
        .as("no navigation bar on a wall screen")
        .isFalse();
    chromium.screenshot(SHOTS.resolve("wallboard-wall.png"));

    browser.get(url("/supervision/reports?period=week&date=2026-11-26&by=outcome"));
    assertThat(text("report-title")).isEqualTo("Semaine du 23/11/2026 au 29/11/2026");
    assertThat(browser.findElements(By.cssSelector("#hourly-chart rect"))).hasSize(48);
    chromium.screenshot(SHOTS.resolve("reports-week.png"));

    browser.manage().deleteAllCookies();
    signIn(Role.SUPERVISOR);
    browser.get(
        url("/supervision/staffing?callsPerHour=20&handlingMinutes=10&target=80&threshold=60"));
    assertThat(text("what-if-needed")).isEqualTo("6");
    chromium.screenshot(SHOTS.resolve("staffing.png"));
  }

  private void signIn(Role role) {
    String username = new SupervisorScreens(port, dataSource, passwords).user(role);
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(SupervisorScreens.PASSWORD);
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    chromium.waitForText("Bienvenue");
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  private String rowText(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }

  /** The board is replaced at each push: an element read meanwhile is stale, so look again. */
  private void waitFor(Duration atMost, java.util.function.BooleanSupplier shown) {
    new WebDriverWait(browser, atMost)
        .pollingEvery(Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(page -> shown.getAsBoolean());
  }
}
