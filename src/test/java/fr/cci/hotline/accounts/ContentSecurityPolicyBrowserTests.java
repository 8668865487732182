package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.testing.HeadlessChromium;
import fr.cci.hotline.testing.NeedsChromium;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page with the content security policy on, in Chromium: signed in as each role, the crawl
 * starts at the home page and follows every link of the service it finds (the case form of a call
 * answered, the wallboard and its event stream, the reports and their chart, the API
 * documentation…), and fails on anything the policy blocked, as Chromium's console reports it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@NeedsChromium
class ContentSecurityPolicyBrowserTests {

  /** Links that change something or download a file rather than show a page. */
  private static final List<String> NOT_PAGES = List.of("/logout", ".csv", "/events");

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;
  @Autowired CaseRecords cases;
  @TempDir Path profile;

  private WorkspaceFixtures fixtures;

  @BeforeEach
  void aCallToShow() {
    fixtures = new WorkspaceFixtures(dataSource, passwords, events, cases);
    fixtures.answeredCall("14", "adv101", "caen");
  }

  @Test
  void noPageOfAnAdvisorHasAnythingBlocked() {
    assertNothingBlocked(fixtures.signsInAs("adv101"), WorkspaceFixtures.PASSWORD, "/poste");
  }

  @Test
  void noPageOfASupervisorHasAnythingBlocked() {
    assertNothingBlocked(
        fixtures.user("csp.superviseur", Role.SUPERVISOR),
        WorkspaceFixtures.PASSWORD,
        "/supervision/wallboard");
  }

  @Test
  void noPageOfAnAdministratorHasAnythingBlockedTheApiDocumentationIncluded() {
    assertNothingBlocked("admin", "admin-test-password", "/api/swagger-ui/index.html");
  }

  private void assertNothingBlocked(String username, String password, String mustReach) {
    String base = "http://127.0.0.1:" + port;
    try (HeadlessChromium chromium = new HeadlessChromium(profile)) {
      WebDriver browser = chromium.browser();
      browser.get(base + "/login");
      List<String> blocked = new ArrayList<>(chromium.policyViolations());
      browser.findElement(By.id("username")).sendKeys(username);
      browser.findElement(By.id("password")).sendKeys(password);
      browser.findElement(By.cssSelector("main form button[type=submit]")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(page -> !page.getCurrentUrl().contains("/login"));

      Set<String> visited = new LinkedHashSet<>();
      Deque<String> toVisit = new ArrayDeque<>(List.of(browser.getCurrentUrl()));
      while (!toVisit.isEmpty() && visited.size() < 40) {
        String url = toVisit.poll();
        if (!visited.add(url)) {
          continue;
        }
        browser.get(url);
        settle(browser, url);
        chromium.policyViolations().forEach(violation -> blocked.add(url + ": " + violation));
        for (Object href :
            (List<?>)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return Array.from(document.querySelectorAll('a[href]'), a => a.href)")) {
          String link = href.toString().replaceFirst("#.*$", "");
          if (link.startsWith(base) && NOT_PAGES.stream().noneMatch(link::contains)) {
            toVisit.add(link);
          }
        }
      }

      assertThat(visited).as("pages visited").anyMatch(url -> url.contains(mustReach));
      assertThat(blocked).as("what the content security policy blocked").isEmpty();
    }
  }

  /**
   * Waits until the page has loaded, its scripts have run, and the API documentation has drawn its
   * operations (swagger-ui builds its page with scripts and styles).
   */
  private static void settle(WebDriver browser, String url) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.until(
        page ->
            "complete"
                .equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
    if (url.contains("/api/swagger-ui") || url.endsWith("/api/docs")) {
      wait.until(page -> !page.findElements(By.cssSelector(".opblock")).isEmpty());
    }
  }
}
