package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.Browser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityTests {

  @LocalServerPort int port;

  @Test
  void pagesSendStrangersToTheFrenchSignInForm() {
    Browser browser = new Browser(port);

    HttpResponse<String> home = browser.get("/");
    HttpResponse<String> login = browser.get("/login");

    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Identifiant", "Mot de passe", "Se connecter");
  }

  @Test
  void theFirstAdministratorSignsInWithTheFormAndIsWelcomed() {
    Browser browser = new Browser(port);

    HttpResponse<String> signIn = browser.signIn("admin", "admin-test-password");
    HttpResponse<String> home = browser.get("/");

    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Bienvenue, admin");
  }

  @Test
  void aWrongPasswordIsRefusedWithAFrenchMessage() {
    Browser browser = new Browser(port);

    HttpResponse<String> signIn = browser.signIn("admin", "wrong");
    HttpResponse<String> page = browser.get("/login?error");

    assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(page.body()).contains("Identifiant ou mot de passe incorrect.");
  }

  @Test
  void theApiAsksForHttpBasicAndNeverRedirectsToTheForm() {
    Browser browser = new Browser(port);

    HttpResponse<String> anonymous = browser.get("/api/openapi");
    HttpResponse<String> wrongPassword = browser.getAs("admin", "wrong", "/api/openapi");
    HttpResponse<String> signedIn = browser.getAs("admin", "admin-test-password", "/api/openapi");

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(signedIn.body()).contains("\"openapi\"");
  }
}
