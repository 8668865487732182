package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.HeadlessChromium;
import fr.cci.hotline.testing.NeedsChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in form, the landing page and the API documentation it leads to, in a real browser.
 * Screenshots are left in the temporary folder for a human to look at.
 */
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

      signInAsAdministrator(chromium);
      chromium.screenshot(SHOTS.resolve("home.png"));

      String page = browser.findElement(By.tagName("main")).getText();
      assertThat(page)
          .contains("Ligne d'écoute des chefs d'entreprise en difficulté")
          .contains("Présence des conseillers", "Documentation de l'API")
          .doesNotContain("''");
      assertThat(browser.getTitle()).isEqualTo("CCI Prévention — Hotline");
    }
  }

  @Test
  void theSignedInAdministratorFollowsTheLinkToTheApiDocumentationAndTriesAWrite() {
    String advisor = "docs" + System.nanoTime() % 1_000_000_000L;
    new Browser(port)
        .postAs(
            "admin",
            "admin-test-password",
            "/api/advisors",
            """
            {"id": "%s", "name": "Conseiller %s", "chamber": "caen", "phone": "PJSIP/%s",
             "departments": ["14"]}
            """
                .formatted(advisor, advisor, advisor));
    try (HeadlessChromium chromium = new HeadlessChromium(profile)) {
      WebDriver browser = chromium.browser();
      browser.get("http://127.0.0.1:" + port + "/");
      signInAsAdministrator(chromium);

      browser.findElement(By.linkText("Documentation de l'API")).click();
      WebDriverWait swaggerUi = new WebDriverWait(browser, Duration.ofSeconds(15));
      swaggerUi.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector(".opblock-summary-path[data-path='/api/advisors']")));
      chromium.screenshot(SHOTS.resolve("api-docs.png"));
      List<String> paths =
          browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
              .map(path -> path.getAttribute("data-path"))
              .toList();

      // Deactivating an advisor from "Try it out": a DELETE that needs the session and the token.
      WebElement deactivate = browser.findElement(By.id("operations-Conseillers-deactivate"));
      deactivate.findElement(By.cssSelector(".opblock-summary")).click();
      swaggerUi.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".try-out__btn")));
      deactivate.findElement(By.cssSelector(".try-out__btn")).click();
      deactivate.findElement(By.cssSelector(".parameters input[type=text]")).sendKeys(advisor);
      deactivate.findElement(By.cssSelector(".execute")).click();
      By answer = By.cssSelector(".live-responses-table tbody .response-col_status");
      swaggerUi.until(ExpectedConditions.presenceOfElementLocated(answer));
      WebElement status = deactivate.findElement(answer);
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", status);
      chromium.screenshot(SHOTS.resolve("api-docs-try-it-out.png"));

      assertThat(paths).contains("/api/advisors", "/api/advisors/{id}/presence", "/api/chambers");
      assertThat(status.getText()).isEqualTo("200");
      assertThat(chromium.policyViolations()).as("what the policy blocked").isEmpty();
      assertThat(
              new Browser(port)
                  .getAs("admin", "admin-test-password", "/api/advisors/" + advisor)
                  .body())
          .contains("\"active\":false");
    }
  }

  private static void signInAsAdministrator(HeadlessChromium chromium) {
    WebDriver browser = chromium.browser();
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("admin-test-password");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    chromium.waitForText("Bienvenue, admin");
  }
}
