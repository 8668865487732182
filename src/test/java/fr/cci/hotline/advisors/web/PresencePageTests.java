package fr.cci.hotline.advisors.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.admin.Fixtures;
import fr.cci.hotline.testing.Browser;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The presence page over HTTP: who sees whom, and forms that need their CSRF token. */
@AdvisorsIntegrationTest
class PresencePageTests {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Presence presence;

  @Test
  void aSupervisorSeesTheWholeTeamWithStatesInFrench() {
    Browser browser = signedIn(Role.SUPERVISOR);
    String advisor = fixtures.deskAdvisor();
    presence.logIn(advisor, Instant.now());

    String page = page(browser);

    assertThat(page).contains("L'équipe", "Claire Lemoine", "CCI Caen Normandie", "Déconnecté");
    assertThat(page)
        .containsPattern("<article class=\"[^\"]*state-available\" id=\"advisor-" + advisor + "\"");
    assertThat(page).contains("Disponible", "depuis moins d'une minute");
  }

  @Test
  void anAdvisorSeesOnlyThemselvesAndChangesTheirPresence() {
    String username = fixtures.user(Role.ADVISOR);
    String advisor = fixtures.deskAdvisorSignedInAs(username);
    Browser browser = new Browser(port);
    browser.signIn(username, Fixtures.PASSWORD);

    HttpResponse<String> posted =
        browser.submit("/presence", "/presence/" + advisor, Map.of("action", "LOGIN"));
    String page = page(browser);

    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(presence.status(advisor).orElseThrow().state()).isEqualTo(PresenceState.AVAILABLE);
    assertThat(page).contains("Ma présence", "Conseiller " + advisor + " : Disponible.");
    assertThat(page).doesNotContain("Claire Lemoine");
  }

  @Test
  void anAdvisorCannotChangeAColleagueFromThePage() {
    String username = fixtures.user(Role.ADVISOR);
    fixtures.deskAdvisorSignedInAs(username);
    String colleague = fixtures.deskAdvisor();
    Browser browser = new Browser(port);
    browser.signIn(username, Fixtures.PASSWORD);

    browser.submit("/presence", "/presence/" + colleague, Map.of("action", "LOGIN"));

    assertThat(page(browser)).contains("Vous ne pouvez changer que votre propre présence.");
    assertThat(presence.status(colleague).orElseThrow().state()).isEqualTo(PresenceState.OFFLINE);
  }

  @Test
  void anAccountLinkedToNoAdvisorIsToldWhatToAsk() {
    assertThat(page(signedIn(Role.ADVISOR)))
        .contains("Aucun conseiller n'est associé à votre compte.");
  }

  @Test
  void aSignedInFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
    String username = fixtures.user(Role.SUPERVISOR);
    String advisor = fixtures.deskAdvisor();
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://127.0.0.1:" + port;
    String login = client.send(get(base + "/login"), BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(token.find()).isTrue();
    client.send(
        form(
            base + "/login",
            "username=" + username + "&password=" + Fixtures.PASSWORD + "&_csrf=" + token.group(1)),
        BodyHandlers.ofString());
    assertThat(client.send(get(base + "/presence"), BodyHandlers.ofString()).statusCode())
        .as("signed in")
        .isEqualTo(200);

    HttpResponse<String> forged =
        client.send(form(base + "/presence/" + advisor, "action=LOGIN"), BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(presence.status(advisor).orElseThrow().state()).isEqualTo(PresenceState.OFFLINE);
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  private static HttpRequest form(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** The page as a reader sees it: {@code &#39;} is an apostrophe. */
  private static String page(Browser browser) {
    return HtmlUtils.htmlUnescape(browser.get("/presence").body());
  }

  private Browser signedIn(Role role) {
    Browser browser = new Browser(port);
    browser.signIn(fixtures.user(role), Fixtures.PASSWORD);
    return browser;
  }
}
