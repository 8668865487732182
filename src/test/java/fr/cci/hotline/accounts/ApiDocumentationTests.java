package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.TestAccounts;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API documentation and the API for people signed in on the pages: the session is enough to
 * read (supervisors and administrators), a write also needs the CSRF token that swagger-ui reads
 * from the {@code XSRF-TOKEN} cookie, and clients without a session keep HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocumentationTests {

  private static final String PASSWORD = "docs-test-password";
  private static final AtomicInteger sequence = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SUPERVISOR", "ADMIN"})
  void aSignedInSupervisorOrAdministratorReadsTheDocumentationWithTheSessionAlone(Role role) {
    Browser browser = signedIn(role);

    HttpResponse<String> docs = browser.get("/api/docs");
    HttpResponse<String> swaggerUi = browser.get(docs.headers().firstValue("Location").orElse(""));
    HttpResponse<String> openApi = browser.get("/api/openapi");

    assertThat(docs.statusCode()).isEqualTo(302);
    assertThat(swaggerUi.statusCode()).isEqualTo(200);
    assertThat(swaggerUi.body()).contains("swagger-ui");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body()).contains("\"openapi\"", "\"/api/advisors\"");
  }

  @Test
  void anAdvisorMayNotReadTheDocumentationSignedInOrWithHttpBasic() {
    String advisor = user(Role.ADVISOR);
    Browser browser = new Browser(port);
    browser.signIn(advisor, PASSWORD);

    assertThat(browser.get("/api/openapi").statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/swagger-ui/index.html").statusCode()).isEqualTo(403);
    assertThat(new Browser(port).getAs(advisor, PASSWORD, "/api/openapi").statusCode())
        .isEqualTo(403);
  }

  @Test
  void withoutASessionTheDocumentationAsksForHttpBasicInTheHotlineRealm() {
    Browser stranger = new Browser(port);

    HttpResponse<String> openApi = stranger.get("/api/openapi");
    HttpResponse<String> swaggerUi = stranger.get("/api/swagger-ui/index.html");
    HttpResponse<String> withBasic = stranger.getAs("admin", "admin-test-password", "/api/openapi");

    assertThat(openApi.statusCode()).isEqualTo(401);
    assertThat(openApi.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"Hotline\"");
    assertThat(swaggerUi.statusCode()).isEqualTo(401);
    assertThat(swaggerUi.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"Hotline\"");
    assertThat(withBasic.statusCode()).isEqualTo(200);
  }

  @Test
  void theHomePageOffersTheDocumentationToSupervisorsAndAdministratorsOnly() {
    assertThat(signedIn(Role.SUPERVISOR).get("/").body()).contains("/api/docs");
    assertThat(signedIn(Role.ADVISOR).get("/").body()).doesNotContain("/api/docs");
  }

  @Test
  void aWriteWithTheSessionNeedsTheCsrfTokenOfTheCookie() {
    Browser browser = signedIn(Role.ADMIN);
    // swagger-ui's first calls (its configuration, the description) bring the cookie.
    browser.get("/api/openapi");
    String token = browser.cookie("XSRF-TOKEN").orElseThrow();
    String forged = advisorId();
    String genuine = advisorId();

    HttpResponse<String> withoutToken =
        browser.postWithSession("/api/advisors", advisor(forged), Map.of());
    HttpResponse<String> withToken =
        browser.postWithSession("/api/advisors", advisor(genuine), Map.of("X-XSRF-TOKEN", token));

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/advisors/" + forged).statusCode()).isEqualTo(404);
    assertThat(withToken.statusCode()).isEqualTo(201);
    assertThat(browser.get("/api/advisors/" + genuine).statusCode()).isEqualTo(200);
  }

  @Test
  void httpBasicWritesNeedNoCsrfTokenAndLeaveNoCookie() {
    HttpResponse<String> created =
        new Browser(port)
            .postAs("admin", "admin-test-password", "/api/advisors", advisor(advisorId()));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
  }

  private Browser signedIn(Role role) {
    Browser browser = new Browser(port);
    browser.signIn(user(role), PASSWORD);
    return browser;
  }

  private String user(Role role) {
    String username = "docs-" + role.name().toLowerCase() + "-" + sequence.incrementAndGet();
    new TestAccounts(dataSource, passwords).create(username, PASSWORD, role);
    return username;
  }

  private static String advisorId() {
    return "docs" + System.nanoTime() % 1_000_000_000L + sequence.incrementAndGet();
  }

  private static String advisor(String id) {
    return """
        {"id": "%s", "name": "Conseiller %s", "chamber": "caen", "phone": "PJSIP/%s",
         "departments": ["14"]}
        """
        .formatted(id, id, id);
  }
}
