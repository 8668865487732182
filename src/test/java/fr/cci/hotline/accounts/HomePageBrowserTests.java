package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.HeadlessChromium;
import fr.cci.hotline.testing.NeedsChromium;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The sign-in form and the landing page in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@NeedsChromium
class HomePageBrowserTests {

  private static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"));

  @LocalServerPort int port;
  @TempDir Path profile;

  @Test
  void theAdministratorSignsInAndIsLedToPresenceAndTheApi() {
    try (HeadlessChromium chromium = new HeadlessChromium(profile)) {
      WebDriver browser = chromium.browser();
      browser.get("http://127.0.0.1:" + port + "/");
      chromium.waitForText("Mot de passe");
      chromium.screenshot(SHOTS.resolve("login.png"));

      browser.findElement(By.id("username")).sendKeys("admin");
      browser.findElement(By.id("password")).sendKeys("admin-test-password");
      browser.findElement(By.cssSelector("main form button[type=submit]")).click();
      chromium.waitForText("Bienvenue, admin");
      chromium.screenshot(SHOTS.resolve("home.png"));

      String page = browser.findElement(By.tagName("main")).getText();
      assertThat(page)
          .contains("Ligne d'écoute des chefs d'entreprise en difficulté")
          .contains("Présence des conseillers", "Documentation de l'API")
          .doesNotContain("''");
      assertThat(browser.getTitle()).isEqualTo("CCI Prévention — Hotline");
    }
  }
}
