package fr.cci.hotline.advisors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API over a real socket as one user with HTTP Basic, sending and reading JSON. */
public final class ApiClient {

  private static final JsonMapper json = JsonMapper.builder().build();

  private final String base;
  private final String authorization;
  private final HttpClient client = HttpClient.newHttpClient();

  public ApiClient(int port, String user, String password) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A response with its body read as JSON (null when empty). */
  public record Reply(int status, JsonNode body, String text) {}

  public Reply get(String path) {
    return send("GET", path, null);
  }

  public Reply post(String path, String body) {
    return send("POST", path, body);
  }

  public Reply put(String path, String body) {
    return send("PUT", path, body);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null);
  }

  private Reply send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Accept", "application/json, application/problem+json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String text = response.body();
      return new Reply(
          response.statusCode(), text == null || text.isBlank() ? null : json.readTree(text), text);
    } catch (IOException failure) {
      throw new IllegalStateException(method + " " + path + " failed", failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", interrupted);
    }
  }
}
