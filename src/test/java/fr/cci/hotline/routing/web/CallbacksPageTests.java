package fr.cci.hotline.routing.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.testing.Browser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** The call-backs page over HTTP: what each role sees, forms with their CSRF token. */
class CallbacksPageTests extends CallbacksWebTest {

  @Test
  void aSupervisorSeesCallBacksToMakeAndFailedOnesWithTheirButtons() {
    String pending = fixtures.pending("0623450001", clock.instant(), Duration.ofMinutes(12));
    String failed = fixtures.failed("0623450002", clock.instant(), 3);

    String page = page(signedIn(SUPERVISOR));

    assertThat(page)
        .contains("Rappels à faire", "Rappels en échec", "06 •• •• •• 01", "06 •• •• •• 02")
        .contains("id=\"callback-" + pending + "\"", "id=\"callback-" + failed + "\"")
        .contains("Rappeler maintenant", "Annuler le rappel", "3 / 3", "pas de réponse")
        .doesNotContain("0623450001", "0623450002");
  }

  @Test
  void aCancellationWithoutAReasonIsRefusedNextToTheField() {
    String pending = fixtures.pending("0623450011", clock.instant(), Duration.ofMinutes(3));
    Browser browser = signedIn(ADVISOR);

    HttpResponse<String> posted =
        browser.submit("/callbacks", "/callbacks/" + pending + "/cancel", Map.of("reason", "   "));
    String page = page(browser);

    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(page)
        .contains("id=\"reason-error-" + pending + "\"", "Indiquez pourquoi ce rappel est annulé.");
    assertThat(callbacks.find(pending).orElseThrow().state()).isEqualTo(CallbackState.PENDING);
  }

  @Test
  void anAdvisorCancelsOneAndTriggersAnotherFromThePage() {
    String cancelled = fixtures.pending("0623450021", clock.instant(), Duration.ofMinutes(3));
    String failed = fixtures.failed("0623450022", clock.instant(), 3);
    Browser browser = signedIn(ADVISOR);

    browser.submit(
        "/callbacks",
        "/callbacks/" + cancelled + "/cancel",
        Map.of("reason", "Rendez-vous pris par courriel"));
    String afterCancel = page(browser);
    browser.submit("/callbacks", "/callbacks/" + failed + "/trigger", Map.of());
    String afterTrigger = page(browser);

    assertThat(afterCancel)
        .contains("Le rappel du dossier " + cancelled + " est annulé.")
        .doesNotContain("id=\"callback-" + cancelled + "\"");
    assertThat(afterTrigger).contains("Le rappel du dossier " + failed + " partira");
    assertThat(callbacks.find(failed).orElseThrow().state()).isEqualTo(CallbackState.PENDING);
  }

  @Test
  void theHomePageLeadsAdvisorsAndSupervisorsToCallBacksButNotAdministrators() {
    Browser admin = signedIn(ADMIN);

    assertThat(signedIn(ADVISOR).get("/poste").body())
        .as("an advisor lands on « Mon poste »")
        .contains("href=\"/callbacks\"");
    assertThat(signedIn(SUPERVISOR).get("/").body()).contains("href=\"/callbacks\"");
    assertThat(admin.get("/").body()).doesNotContain("href=\"/callbacks\"");
    assertThat(admin.get("/callbacks").statusCode()).isEqualTo(403);
  }

  private static String page(Browser browser) {
    HttpResponse<String> response = browser.get("/callbacks");
    assertThat(response.statusCode()).isEqualTo(200);
    return HtmlUtils.htmlUnescape(response.body());
  }
}
