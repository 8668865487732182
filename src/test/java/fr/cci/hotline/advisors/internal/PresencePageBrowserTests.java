package fr.cci.hotline.advisors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An advisor uses the presence page in a real browser (Debian's Chromium, headless): sign in, log
 * in, pause for lunch. A screenshot is left in {@code /tmp/presence.png} for a human to look at.
 */
@AdvisorsIntegrationTest
class PresencePageBrowserTests {

  private static final Path SCREENSHOT =
      Path.of(System.getProperty("java.io.tmpdir"), "presence.png");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Presence presence;
  @TempDir Path profile;

  private WebDriver browser;

  @BeforeEach
  void openChromium() {
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--lang=fr-FR",
        "--user-data-dir=" + profile.toAbsolutePath());
    browser = new ChromeDriver(driver, options);
    browser.manage().window().setSize(new Dimension(1100, 700));
  }

  @AfterEach
  void closeChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAdvisorSignsInLogsInAndPausesForLunch() throws IOException {
    String username = fixtures.user(Role.ADVISOR);
    String advisor = fixtures.deskAdvisorSignedInAs(username);

    browser.get("http://127.0.0.1:" + port + "/presence");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    waitForText("Déconnecté");
    card(advisor).findElement(By.xpath(".//button[normalize-space()='Se connecter']")).click();
    waitForText("Disponible");
    new Select(card(advisor).findElement(By.name("reason"))).selectByVisibleText("Déjeuner");
    card(advisor).findElement(By.xpath(".//button[normalize-space()='Pause']")).click();
    waitForText("En pause — Déjeuner");

    assertThat(card(advisor).findElement(By.className("badge")).getText())
        .isEqualTo("En pause — Déjeuner");
    assertThat(card(advisor).getText()).contains("Reprendre", "Se déconnecter");
    assertThat(presence.status(advisor).orElseThrow().state()).isEqualTo(PresenceState.PAUSED);
    assertThat(presence.status(advisor).orElseThrow().pauseReason()).isEqualTo("lunch");
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
  }

  private WebElement card(String advisor) {
    return browser.findElement(By.id("advisor-" + advisor));
  }

  private void waitForText(String text) {
    // The page is replaced after each form: an element read during the switch is stale.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(page -> page.findElement(By.tagName("main")).getText().contains(text));
  }
}
