package fr.cci.hotline.routing.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.testing.HeadlessChromium;
import fr.cci.hotline.testing.NeedsChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The call-backs page in a real browser (Debian's Chromium, headless), signed in as a supervisor
 * and as an advisor, reached from the home page's link: a cancellation without a reason is refused
 * next to its field, then done with one. Screenshots are left in {@code /tmp/callbacks-*.png} for a
 * human to look at.
 */
@NeedsChromium
class CallbacksPageBrowserTests extends CallbacksWebTest {

  @TempDir Path profile;

  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeEach
  void openChromium() {
    chromium = new HeadlessChromium(profile);
    browser = chromium.browser();
    // Tall enough for both lists in one screenshot.
    browser.manage().window().setSize(new Dimension(1100, 1100));
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
  void aSupervisorFollowsTheHomeLinkAndCancelsACallBackOnlyWithAReason() {
    String pending = fixtures.pending("0634560001", clock.instant(), Duration.ofMinutes(25));
    fixtures.failed("0634560002", clock.instant(), 3);
    signIn(SUPERVISOR);

    browser.findElement(By.linkText("Rappels à faire et en échec")).click();
    chromium.waitForText("Rappels en échec");
    row(pending).findElement(By.xpath(".//button[normalize-space()='Annuler le rappel']")).click();
    chromium.waitForText("Indiquez pourquoi ce rappel est annulé.");
    assertThat(row(pending).findElement(By.className("field-error")).getText())
        .isEqualTo("Indiquez pourquoi ce rappel est annulé.");
    chromium.screenshot(screenshot("callbacks-refused"));
    row(pending).findElement(By.name("reason")).sendKeys("Rappelé à la main par Sophie");
    row(pending).findElement(By.xpath(".//button[normalize-space()='Annuler le rappel']")).click();
    chromium.waitForText("est annulé");

    assertThat(callbacks.find(pending).orElseThrow().state()).isEqualTo(CallbackState.CANCELLED);
    chromium.screenshot(screenshot("callbacks-supervisor"));
    browser.findElement(By.linkText("Accueil")).click();
    chromium.waitForText("Bienvenue");
  }

  @Test
  void anAdvisorTriggersAFailedCallBack() {
    String failed = fixtures.failed("0634560011", clock.instant(), 3);
    signIn(ADVISOR);
    browser.get(base() + "/callbacks");
    chromium.waitForText("Rappels en échec");

    row(failed).findElement(By.xpath(".//button[normalize-space()='Rappeler maintenant']")).click();
    chromium.waitForText("partira dès qu'un conseiller sera libre");

    assertThat(row(failed).findElement(By.className("badge")).getText()).isEqualTo("À faire");
    chromium.screenshot(screenshot("callbacks-advisor"));
  }

  private void signIn(String username) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("main form button[type=submit], form button")).click();
    chromium.waitForText(ADVISOR.equals(username) ? "Mon poste" : "Bienvenue"); // where each lands
  }

  private WebElement row(String caseNumber) {
    return browser.findElement(By.id("callback-" + caseNumber));
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private static Path screenshot(String name) {
    return Path.of(System.getProperty("java.io.tmpdir"), name + ".png");
  }
}
