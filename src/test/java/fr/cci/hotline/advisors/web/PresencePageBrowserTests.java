package fr.cci.hotline.advisors.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.admin.Fixtures;
import fr.cci.hotline.testing.HeadlessChromium;
import fr.cci.hotline.testing.NeedsChromium;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An advisor uses the presence page in a real browser (Debian's Chromium, headless): sign in, log
 * in, pause for lunch. A screenshot is left in {@code /tmp/presence.png} for a human to look at.
 */
@AdvisorsIntegrationTest
@NeedsChromium
class PresencePageBrowserTests {

  private static final Path SCREENSHOT =
      Path.of(System.getProperty("java.io.tmpdir"), "presence.png");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Presence presence;
  @TempDir Path profile;

  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeEach
  void openChromium() {
    chromium = new HeadlessChromium(profile);
    browser = chromium.browser();
  }

  @AfterEach
  void closeChromium() {
    if (chromium != null) {
      chromium.close();
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
    chromium.screenshot(SCREENSHOT);
  }

  private WebElement card(String advisor) {
    return browser.findElement(By.id("advisor-" + advisor));
  }

  private void waitForText(String text) {
    chromium.waitForText(text);
  }
}
