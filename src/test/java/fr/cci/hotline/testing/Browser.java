package fr.cci.hotline.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client with a cookie jar for tests that go through the real sockets: it signs in
 * with the form (CSRF token included), calls the API with HTTP Basic, or with the session alone as
 * a page's script would.
 */
public final class Browser {

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public Browser(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  public HttpResponse<String> getAs(String user, String password, String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(user, password))
            .GET()
            .build());
  }

  public HttpResponse<String> postAs(String user, String password, String path, String json) {
    return post(path, json, Map.of("Authorization", basic(user, password)));
  }

  public HttpResponse<String> putAs(String user, String password, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(user, password))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  /** Posts form fields with the cookies held and no CSRF token: what another site could make do. */
  public HttpResponse<String> postFormWithoutToken(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /**
   * Posts JSON with the cookies held and these headers, without HTTP Basic: what a script running
   * in a signed-in page sends.
   */
  public HttpResponse<String> postWithSession(
      String path, String json, Map<String, String> headers) {
    return post(path, json, headers);
  }

  /**
   * Opens a server-sent event stream with the cookies held, as a page's EventSource does; its lines
   * arrive in the queue as they come, read by a daemon thread until the stream ends.
   */
  public BlockingQueue<String> eventStream(String path) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    Thread reader =
        new Thread(
            () -> {
              try {
                client
                    .send(request, HttpResponse.BodyHandlers.ofLines())
                    .body()
                    .forEach(lines::add);
                lines.add("closed: end of stream");
              } catch (IOException | InterruptedException | RuntimeException ended) {
                lines.add("closed: " + ended.getClass().getSimpleName());
              }
            },
            "event-stream " + path);
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** A cookie the server has set, as a page's script reads it. */
  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Fetches a page's CSRF token, then posts the form fields with it. */
  public HttpResponse<String> submit(
      String pageWithForm, String action, Map<String, String> fields) {
    Matcher token = CSRF.matcher(get(pageWithForm).body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token on " + pageWithForm);
    }
    String csrf = token.group(1) != null ? token.group(1) : token.group(2);
    String form =
        fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"))
            + "&_csrf="
            + encode(csrf);
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  public HttpResponse<String> signIn(String user, String password) {
    return submit("/login", "/login", Map.of("username", user, "password", password));
  }

  private HttpResponse<String> post(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException failure) {
      throw new IllegalStateException(request.uri() + " failed", failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", interrupted);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
