package fr.cci.hotline.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever a script sends to {@code /api/**}, it gets a French problem detail naming the field at
 * fault, never a stack trace: every operation with a body, as the OpenAPI description lists them,
 * is sent malformed JSON and a body over the limit; wrong types and unknown values are sent to the
 * operations that have such fields. Through real HTTP, with HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiRefusalsTests {

  private static final String ADMIN = "admin";
  private static final String PASSWORD = "admin-test-password";
  private static final int ONE_MEGABYTE = 1024 * 1024;

  private final HttpClient client = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort int port;

  /** The operations that take a JSON body: method and path, path variables filled in. */
  private List<Map.Entry<String, String>> operationsWithABody() throws Exception {
    JsonNode paths = json.readTree(send("GET", "/api/openapi", null).body()).get("paths");
    List<Map.Entry<String, String>> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (operation.getValue().has("requestBody")) {
          operations.add(
              Map.entry(
                  operation.getKey().toUpperCase(),
                  path.getKey().replaceAll("\\{[^}]+}", "adv101")));
        }
      }
    }
    return operations;
  }

  @Test
  void everyOperationWithABodyRefusesMalformedJsonInFrench() throws Exception {
    List<Map.Entry<String, String>> operations = operationsWithABody();

    assertThat(operations).hasSizeGreaterThanOrEqualTo(7);
    for (Map.Entry<String, String> operation : operations) {
      HttpResponse<String> answer =
          send(operation.getKey(), operation.getValue(), json("{\"name\": \"Dupont\","));

      assertProblem(answer, 400, operation);
      assertThat(detail(answer))
          .as("%s", operation)
          .isEqualTo("Le corps de la requête n'est pas un JSON valide.");
    }
  }

  @Test
  void everyOperationWithABodyRefusesABodyOverOneMegabyteBeforeReadingIt() throws Exception {
    String tooLarge = "{\"notes\": \"" + "x".repeat(ONE_MEGABYTE) + "\"}";

    for (Map.Entry<String, String> operation : operationsWithABody()) {
      HttpResponse<String> answer = send(operation.getKey(), operation.getValue(), json(tooLarge));

      assertProblem(answer, 413, operation);
      assertThat(detail(answer))
          .as("%s", operation)
          .isEqualTo("Le corps de la requête dépasse la taille permise (1 Mo).");
    }
  }

  @Test
  void aChunkedBodyIsCountedAsItComesAndOneThatFitsIsReadAsUsual() throws Exception {
    byte[] tooLarge = ("{\"reason\": \"" + "x".repeat(ONE_MEGABYTE) + "\"}").getBytes();
    byte[] fits = "{\"action\": \"DANCE\"}".getBytes();

    HttpResponse<String> refused = send("POST", "/api/advisors/adv101/presence", chunked(tooLarge));
    HttpResponse<String> read = send("POST", "/api/advisors/adv101/presence", chunked(fits));

    assertProblem(refused, 413, "chunked");
    assertProblem(read, 400, "chunked");
    assertThat(field(read)).isEqualTo("action");
  }

  @Test
  void anUnknownEnumValueNamesItsFieldAndTheValuesAccepted() throws Exception {
    HttpResponse<String> answer =
        send("POST", "/api/advisors/adv101/presence", json("{\"action\": \"DANCE\"}"));

    assertProblem(answer, 400, "action");
    assertThat(field(answer)).isEqualTo("action");
    assertThat(detail(answer))
        .isEqualTo(
            "Valeur inconnue pour le champ action. Valeurs possibles : LOGIN, LOGOUT, PAUSE,"
                + " RESUME.");
    assertThat(json.readTree(answer.body()).get("errors").get(0).get("message").asString())
        .isEqualTo(detail(answer));
  }

  @Test
  void aValueOfTheWrongTypeNamesItsFieldAndTheTypeExpected() throws Exception {
    HttpResponse<String> text =
        send("PUT", "/api/partners/urssaf", json("{\"label\": \"URSSAF\", \"position\": \"un\"}"));
    HttpResponse<String> yesNo =
        send("PUT", "/api/partners/urssaf", json("{\"label\": \"URSSAF\", \"active\": \"oui\"}"));
    HttpResponse<String> date =
        send("PUT", "/api/cases/CP-261130-AAAAAAA", json("{\"followUpDate\": \"demain\"}"));
    HttpResponse<String> list =
        send(
            "POST", "/api/advisors", json("{\"id\": \"adv900\", \"departments\": {\"14\": true}}"));
    HttpResponse<String> parameter = send("GET", "/api/audit?size=beaucoup", null);

    assertThat(List.of(text, yesNo, date, list, parameter))
        .allSatisfy(answer -> assertProblem(answer, 400, answer.uri()));
    assertThat(detail(text))
        .isEqualTo("Valeur invalide pour le champ position : un nombre est attendu.");
    assertThat(detail(yesNo))
        .isEqualTo("Valeur invalide pour le champ active : true ou false est attendu.");
    assertThat(detail(date))
        .isEqualTo(
            "Valeur invalide pour le champ followUpDate : une date est attendue (2026-11-26).");
    assertThat(detail(list))
        .isEqualTo("Valeur invalide pour le champ departments : une liste est attendue.");
    assertThat(detail(parameter))
        .isEqualTo("Valeur invalide pour le champ size : un nombre est attendu.");
    assertThat(List.of(field(text), field(yesNo), field(date), field(list), field(parameter)))
        .containsExactly("position", "active", "followUpDate", "departments", "size");
  }

  @Test
  void noBodyAndABodyThatIsNotJsonAreRefusedInFrench() throws Exception {
    HttpResponse<String> empty = send("POST", "/api/advisors/adv101/presence", json(""));
    HttpResponse<String> form =
        send(
            "POST",
            "/api/advisors/adv101/presence",
            BodyPublishers.ofString("action=LOGIN"),
            "application/x-www-form-urlencoded");

    assertProblem(empty, 400, "empty");
    assertProblem(form, 415, "form");
    assertThat(detail(empty))
        .isEqualTo("Le corps de la requête est absent ou illisible : il faut un document JSON.");
    assertThat(detail(form))
        .isEqualTo("Le corps de la requête doit être du JSON (Content-Type: application/json).");
  }

  private void assertProblem(HttpResponse<String> answer, int status, Object what) {
    assertThat(answer.statusCode()).as("status of %s: %s", what, answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .as("%s", what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body())
        .as("%s", what)
        .doesNotContain("Exception", "\tat ", "jackson", "springframework", "trace");
  }

  private String detail(HttpResponse<String> answer) {
    return json.readTree(answer.body()).get("detail").asString();
  }

  private String field(HttpResponse<String> answer) {
    return json.readTree(answer.body()).get("field").asString();
  }

  private static BodyPublisher json(String body) {
    return BodyPublishers.ofString(body, StandardCharsets.UTF_8);
  }

  /** A body of unknown length: the client sends it chunked. */
  private static BodyPublisher chunked(byte[] body) {
    return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
  }

  private HttpResponse<String> send(String method, String path, BodyPublisher body)
      throws Exception {
    return send(method, path, body, "application/json");
  }

  private HttpResponse<String> send(
      String method, String path, BodyPublisher body, String contentType) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(method, body == null ? BodyPublishers.noBody() : body);
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
