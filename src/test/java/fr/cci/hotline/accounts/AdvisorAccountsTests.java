package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.Browser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * How an advisor gets into their workspace: an administrator names the account in the advisor's
 * record (no password), then gives a first password; the advisor must choose their own before
 * anything else, and then lands on « Mon poste ».
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdvisorAccountsTests {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "admin-test-password";
  private static final String FIRST_PASSWORD = "Provisoire-2026";
  private static final String OWN_PASSWORD = "Mon-mot-de-passe-à-moi";

  @LocalServerPort int port;

  @Test
  void anAdvisorNamedInTheApiGetsAnAccountWithoutPasswordThenChoosesTheirOwnAtFirstSignIn() {
    Browser admin = new Browser(port);
    HttpResponse<String> created =
        admin.postAs(
            ADMIN,
            ADMIN_PASSWORD,
            "/api/advisors",
            """
            {"id": "adv190", "name": "Hélène Martin", "chamber": "caen", "phone": "PJSIP/adv190",
             "departments": ["14"], "username": "helene.martin"}
            """);
    assertThat(created.statusCode()).isEqualTo(201);

    Browser helene = new Browser(port);
    assertThat(location(helene.signIn("helene.martin", ""))).endsWith("/login?error");

    HttpResponse<String> tooShort =
        admin.putAs(
            ADMIN,
            ADMIN_PASSWORD,
            "/api/accounts/helene.martin/password",
            "{\"password\": \"court\"}");
    HttpResponse<String> set =
        admin.putAs(
            ADMIN,
            ADMIN_PASSWORD,
            "/api/accounts/helene.martin/password",
            "{\"password\": \"" + FIRST_PASSWORD + "\"}");
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body()).contains("\"field\":\"password\"", "12 caractères au moins");
    assertThat(set.statusCode()).isEqualTo(204);

    assertThat(location(helene.signIn("helene.martin", FIRST_PASSWORD))).doesNotContain("error");
    assertThat(location(helene.get("/"))).endsWith("/compte/mot-de-passe");
    assertThat(location(helene.get("/dossiers"))).endsWith("/compte/mot-de-passe");
    assertThat(helene.getAs("helene.martin", FIRST_PASSWORD, "/api/cases").statusCode())
        .isEqualTo(403);

    HttpResponse<String> mismatch =
        helene.submit(
            "/compte/mot-de-passe",
            "/compte/mot-de-passe",
            Map.of("current", FIRST_PASSWORD, "chosen", OWN_PASSWORD, "confirmed", "autre chose"));
    assertThat(mismatch.statusCode()).isEqualTo(200);
    assertThat(mismatch.body()).contains("Les deux saisies du nouveau mot de passe diffèrent.");

    HttpResponse<String> chosen =
        helene.submit(
            "/compte/mot-de-passe",
            "/compte/mot-de-passe",
            Map.of("current", FIRST_PASSWORD, "chosen", OWN_PASSWORD, "confirmed", OWN_PASSWORD));
    assertThat(location(chosen)).endsWith("/");
    assertThat(location(helene.get("/"))).endsWith("/poste");
    HttpResponse<String> desk = helene.get("/poste");
    assertThat(desk.statusCode()).isEqualTo(200);
    assertThat(desk.body()).contains("Mon poste", "Hélène Martin", "CCI Caen Normandie");
    assertThat(new Browser(port).getAs("helene.martin", OWN_PASSWORD, "/api/cases").statusCode())
        .isEqualTo(200);
  }

  @Test
  void onlyAnAdministratorSetsAPassword() {
    Browser browser = new Browser(port);
    browser.postAs(
        ADMIN,
        ADMIN_PASSWORD,
        "/api/advisors",
        """
        {"id": "adv191", "name": "Paul Roy", "chamber": "rouen", "phone": "PJSIP/adv191",
         "departments": ["76"], "username": "paul.roy"}
        """);
    browser.putAs(
        ADMIN,
        ADMIN_PASSWORD,
        "/api/accounts/paul.roy/password",
        "{\"password\": \"" + FIRST_PASSWORD + "\"}");

    HttpResponse<String> byAdvisor =
        browser.putAs(
            "paul.roy",
            FIRST_PASSWORD,
            "/api/accounts/admin/password",
            "{\"password\": \"prise-de-controle\"}");
    HttpResponse<String> unknown =
        browser.putAs(
            ADMIN,
            ADMIN_PASSWORD,
            "/api/accounts/personne/password",
            "{\"password\": \"" + FIRST_PASSWORD + "\"}");

    assertThat(byAdvisor.statusCode()).isEqualTo(403);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(location(new Browser(port).signIn(ADMIN, ADMIN_PASSWORD))).doesNotContain("error");
  }

  @Test
  void aSupervisorLandsOnTheHomePageWithTheLinkToTheCases() {
    Browser browser = new Browser(port);
    browser.signIn(ADMIN, ADMIN_PASSWORD);

    HttpResponse<String> home = browser.get("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("href=\"/dossiers\"");
    assertThat(browser.get("/poste").statusCode()).isEqualTo(403);
  }

  private static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElse("(no redirect: " + response.statusCode() + ")");
  }
}
