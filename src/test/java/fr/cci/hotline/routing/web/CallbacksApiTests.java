package fr.cci.hotline.routing.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.testing.Browser;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /api/callbacks} over HTTP: who may read and act, and refusals in French. */
class CallbacksApiTests extends CallbacksWebTest {

  @Test
  void anAdvisorListsTheCallBacksToFollowUpOldestFirstWithTheirNumbersMasked() {
    String recent = fixtures.pending("0612340001", clock.instant(), Duration.ofMinutes(2));
    String older = fixtures.pending("0612340002", clock.instant(), Duration.ofMinutes(40));
    String failed = fixtures.failed("0612340003", clock.instant(), 3);

    HttpResponse<String> response = new Browser(port).getAs(ADVISOR, PASSWORD, "/api/callbacks");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"number\":\"06 •• •• •• 02\"", "\"stateLabel\":\"En échec\"")
        .doesNotContain("0612340001", "0612340002", "0612340003");
    assertThat(response.body().indexOf(older)).isLessThan(response.body().indexOf(recent));
    assertThat(response.body()).contains("\"caseNumber\":\"" + failed + "\",\"state\":\"FAILED\"");
  }

  @Test
  void aStateThatDoesNotExistIsRefusedNamingTheField() {
    HttpResponse<String> response =
        new Browser(port).getAs(SUPERVISOR, PASSWORD, "/api/callbacks?state=PENDING,LOST");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "\"field\":\"state\"",
            "État inconnu : LOST. États possibles : PENDING, RINGING, ANSWERED, DIALLING, DONE,"
                + " FAILED, CANCELLED.")
        .doesNotContain("Exception", "at fr.cci");
  }

  @Test
  void aSupervisorTriggersAFailedCallBackForANewRoundOfAttempts() {
    String failed = fixtures.failed("0612340011", clock.instant(), 3);

    HttpResponse<String> response =
        new Browser(port).postAs(SUPERVISOR, PASSWORD, "/api/callbacks/" + failed + "/trigger", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "\"state\":\"PENDING\"",
            "\"attempts\":0",
            "\"kind\":\"TRIGGERED\",\"username\":\"" + SUPERVISOR + "\"");
    assertThat(callbacks.find(failed).orElseThrow().state()).isEqualTo(CallbackState.PENDING);
  }

  @Test
  void aCancellationWithoutAReasonIsRefusedAndTheCallBackStaysPending() {
    String pending = fixtures.pending("0612340021", clock.instant(), Duration.ofMinutes(5));
    Browser browser = new Browser(port);

    HttpResponse<String> blank =
        browser.postAs(
            ADVISOR, PASSWORD, "/api/callbacks/" + pending + "/cancel", "{\"reason\":\"  \"}");
    HttpResponse<String> missing =
        browser.postAs(ADVISOR, PASSWORD, "/api/callbacks/" + pending + "/cancel", "{}");
    HttpResponse<String> notJson =
        browser.postAs(ADVISOR, PASSWORD, "/api/callbacks/" + pending + "/cancel", "reason=x");

    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body())
        .contains(
            "\"field\":\"reason\"",
            "\"errors\":[{",
            "\"message\":\"Indiquez pourquoi ce rappel est annulé.\"");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"reason\"");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("n'est pas un JSON valide");
    assertThat(callbacks.find(pending).orElseThrow().state()).isEqualTo(CallbackState.PENDING);
  }

  @Test
  void anAdvisorCancelsACallBackSayingWhyAndItCannotBeCancelledTwice() {
    String pending = fixtures.pending("0612340031", clock.instant(), Duration.ofMinutes(5));
    Browser browser = new Browser(port);

    HttpResponse<String> cancelled =
        browser.postAs(
            ADVISOR,
            PASSWORD,
            "/api/callbacks/" + pending + "/cancel",
            "{\"reason\":\"Le chef d'entreprise a rappelé lui-même\"}");
    HttpResponse<String> again =
        browser.postAs(
            ADVISOR, PASSWORD, "/api/callbacks/" + pending + "/cancel", "{\"reason\":\"doublon\"}");

    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(cancelled.body())
        .contains(
            "\"state\":\"CANCELLED\"",
            "\"kind\":\"CANCELLED\",\"username\":\"" + ADVISOR + "\"",
            "\"reason\":\"Le chef d'entreprise a rappelé lui-même\"");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Le rappel du dossier " + pending + " a déjà été annulé.");
  }

  @Test
  void aCallBackThatDoesNotExistIsNotFound() {
    HttpResponse<String> response =
        new Browser(port).postAs(SUPERVISOR, PASSWORD, "/api/callbacks/CP-000000-NOPE/trigger", "");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Aucun rappel pour le dossier CP-000000-NOPE.");
  }

  @Test
  void administratorsAndStrangersCannotReachCallBacks() {
    Browser browser = new Browser(port);

    assertThat(browser.get("/api/callbacks").statusCode()).isEqualTo(401);
    HttpResponse<String> admin = browser.getAs(ADMIN, PASSWORD, "/api/callbacks");
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).contains("Accès refusé");
  }
}
