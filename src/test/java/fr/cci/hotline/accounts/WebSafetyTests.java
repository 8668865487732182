package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers every answer carries, whatever it is (a page, a style sheet, an API answer or
 * refusal, a redirect, a page that does not exist, the management port), and the session cookie's
 * attributes: through real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSafetyTests {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
    Browser browser = new Browser(port);
    Map<String, HttpResponse<String>> answers =
        Map.of(
            "sign-in page", browser.get("/login"),
            "redirect to sign-in", browser.get("/supervision/wallboard"),
            "style sheet", browser.get("/css/hotline.css"),
            "script", browser.get("/js/wallboard.js"),
            "API refused", browser.get("/api/chambers"),
            "API answer", browser.getAs("admin", "admin-test-password", "/api/chambers"),
            "API problem", browser.postAs("admin", "admin-test-password", "/api/advisors", "{"),
            "missing page", browser.getAs("admin", "admin-test-password", "/nulle-part"),
            "management", get("http://127.0.0.1:" + managementPort + "/actuator/health"));

    answers.forEach(
        (what, answer) -> {
          assertThat(answer.headers().allValues("Content-Security-Policy"))
              .as(what)
              .singleElement()
              .satisfies(
                  policy ->
                      assertThat(policy)
                          .contains("script-src 'self'", "style-src 'self'")
                          .contains("frame-ancestors 'none'", "object-src 'none'")
                          .doesNotContain("unsafe-inline", "unsafe-eval"));
          assertThat(answer.headers().firstValue("X-Content-Type-Options"))
              .as(what)
              .hasValue("nosniff");
          assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
          assertThat(answer.headers().firstValue("Referrer-Policy"))
              .as(what)
              .hasValue("same-origin");
        });
  }

  @Test
  void onlyTheApiDocumentationMayApplyInlineStylesAndItsScriptsStayTheServices() {
    HttpResponse<String> documentation =
        new Browser(port).getAs("admin", "admin-test-password", "/api/swagger-ui/index.html");

    assertThat(documentation.statusCode()).isEqualTo(200);
    assertThat(documentation.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            policy ->
                assertThat(policy)
                    .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';")
                    .contains("frame-ancestors 'none'"));
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
    HttpResponse<String> signIn = new Browser(port).signIn("admin", "admin-test-password");

    List<String> session =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .toList();

    assertThat(session)
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie)
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("; SameSite=Lax")
                    .doesNotContainIgnoringCase("Secure"));
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
