package fr.cci.hotline.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.PbxTestSupport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The supervisors' pages over a real socket: who may open them, every link on them, the errors
 * named next to their fields, the CSV file as a French spreadsheet reads it, the what-if figures,
 * and the wallboard's stream of server-sent events.
 */
class SupervisorPagesTests extends PbxTestSupport {

  private static final List<String> PAGES =
      List.of("/supervision/wallboard", "/supervision/reports", "/supervision/staffing");

  private static final String CSV_HEADER =
      "Du;Au;Regroupement;Valeur;Appels;Proposés;Répondus;Abandonnés;Dont abandons courts;"
          + "Rappels demandés;Niveau de service (%);Délai moyen de réponse (s);"
          + "Taux d'abandon (%);Durée moyenne de traitement (s)";

  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @LocalServerPort int port;

  @Test
  void supervisorsAndAdministratorsOpenEveryPageAndEveryLinkOnIt() {
    for (Role role : List.of(Role.SUPERVISOR, Role.ADMIN)) {
      Browser browser = screens().signedIn(role);
      String home = SupervisorScreens.page(browser, "/");
      assertThat(links(home)).as("home page of a %s", role).containsAll(PAGES);
      Set<String> followed = new TreeSet<>();
      for (String page : PAGES) {
        followed.addAll(links(SupervisorScreens.page(browser, page)));
      }
      for (String link : followed) {
        assertThat(browser.get(link).statusCode()).as("%s follows %s", role, link).isEqualTo(200);
      }
      assertThat(followed)
          .as("the wallboard's wall mode, the report's CSV and neighbouring periods")
          .anyMatch(link -> link.startsWith("/supervision/wallboard?mode=mur"))
          .anyMatch(link -> link.startsWith("/supervision/reports.csv?"))
          .anyMatch(link -> link.startsWith("/supervision/reports?period=day&date="));
    }
  }

  @Test
  void anAdvisorIsRefusedTheSupervisorsPagesAndIsNotShownThem() {
    Browser advisor = screens().signedIn(Role.ADVISOR);

    assertThat(advisor.get("/").headers().firstValue("Location"))
        .as("an advisor's home is « Mon poste »")
        .hasValueSatisfying(location -> assertThat(location).endsWith("/poste"));
    assertThat(links(SupervisorScreens.page(advisor, "/poste"))).doesNotContainAnyElementsOf(PAGES);
    for (String path :
        List.of(
            "/supervision/wallboard",
            "/supervision/wallboard/events",
            "/supervision/reports",
            "/supervision/reports.csv",
            "/supervision/staffing")) {
      assertThat(advisor.get(path).statusCode()).as(path).isEqualTo(403);
    }
  }

  @Test
  void someoneNotSignedInIsSentToTheSignInForm() {
    HttpResponse<String> page = new Browser(port).get("/supervision/wallboard");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(to -> to.endsWith("/login"));
  }

  @Test
  void aReportAskedWithAWrongDateAndGroupingNamesEachFieldNextToIt() {
    Browser supervisor = screens().signedIn(Role.SUPERVISOR);

    HttpResponse<String> page =
        supervisor.get("/supervision/reports?period=day&date=27/11/2026&by=everything");
    HttpResponse<String> file = supervisor.get("/supervision/reports.csv?period=month");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(SupervisorScreens.text(page.body(), "date-error"))
        .isEqualTo("Indiquez une date au format AAAA-MM-JJ, par exemple 2026-11-27.");
    assertThat(SupervisorScreens.text(page.body(), "by-error"))
        .isEqualTo("Choisissez un regroupement : département, chambre, sujet ou issue.");
    assertThat(page.body()).contains("value=\"27/11/2026\"").doesNotContain("Exception");
    assertThat(file.statusCode()).isEqualTo(400);
    assertThat(file.body()).isEqualTo("Choisissez la période : jour ou semaine.");
  }

  @Test
  void theCsvFileOpensInAFrenchSpreadsheetAndParsesBackWithItsHeader() {
    Browser supervisor = screens().signedIn(Role.SUPERVISOR);

    HttpResponse<byte[]> file =
        bytes(supervisor, "/supervision/reports.csv?period=week&date=2026-11-26&by=topic");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("attachment", ".csv"));
    byte[] body = file.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines =
        new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
    int columns = CSV_HEADER.split(";").length;
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(";", -1);
      assertThat(fields).as(line).hasSize(columns);
      assertThat(fields[0]).as("Monday of that week").isEqualTo("23/11/2026");
      assertThat(fields[1]).isEqualTo("29/11/2026");
      assertThat(fields[2]).isEqualTo("Sujet");
      for (int number = 4; number < columns; number++) {
        assertThat(fields[number]).as(line).matches("|\\d+(,\\d)?");
      }
    }
    assertThat(lines.get(lines.size() - 1)).contains(";Tous les appels;");
  }

  @Test
  void theWhatIfPageGivesTheAdvisorsNeededAndWhatPoolsAroundThatNumberWouldDo() {
    Browser supervisor = screens().signedIn(Role.SUPERVISOR);

    String page =
        SupervisorScreens.page(
            supervisor,
            "/supervision/staffing?callsPerHour=4&handlingMinutes=10&target=80&threshold=60");

    assertThat(SupervisorScreens.text(page, "what-if-needed")).isEqualTo("2");
    assertThat(SupervisorScreens.row(page, "pool-1"))
        .containsExactly("1", "66,7 %", "35,5 %", "20:00");
    assertThat(SupervisorScreens.row(page, "pool-2"))
        .containsExactly("2", "16,7 %", "85,4 %", "1:15");
    assertThat(page).contains("class=\"chosen\"");
  }

  @Test
  void aWhatIfWithFiguresThatMakeNoSenseNamesEachFieldNextToIt() {
    Browser supervisor = screens().signedIn(Role.SUPERVISOR);

    HttpResponse<String> page =
        supervisor.get(
            "/supervision/staffing?callsPerHour=beaucoup&handlingMinutes=0&target=100&threshold=-5");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(SupervisorScreens.text(page.body(), "callsPerHour-error"))
        .startsWith("Indiquez un nombre d'appels");
    assertThat(SupervisorScreens.text(page.body(), "handlingMinutes-error"))
        .startsWith("Indiquez une durée");
    assertThat(SupervisorScreens.text(page.body(), "target-error"))
        .startsWith("Indiquez un objectif");
    assertThat(SupervisorScreens.text(page.body(), "threshold-error"))
        .startsWith("Indiquez un seuil");
    assertThat(page.body()).contains("value=\"beaucoup\"").doesNotContain("what-if-needed");
  }

  @Test
  void theWallboardStreamSendsTheBoardAsAServerSentEventOnOpening() throws Exception {
    Browser supervisor = screens().signedIn(Role.SUPERVISOR);
    HttpRequest events =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/supervision/wallboard/events"))
            .header("Accept", "text/event-stream")
            .header("Cookie", "JSESSIONID=" + supervisor.cookie("JSESSIONID").orElseThrow())
            .build();

    HttpResponse<java.io.InputStream> stream =
        HttpClient.newHttpClient().send(events, HttpResponse.BodyHandlers.ofInputStream());
    CompletableFuture<List<String>> firstEvent =
        CompletableFuture.supplyAsync(() -> firstEvent(stream.body()));

    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    List<String> lines = firstEvent.get(10, TimeUnit.SECONDS);
    assertThat(lines.get(0)).isEqualTo("event:board");
    assertThat(lines.get(1))
        .startsWith("data:<div id=\"board-content\">")
        .contains("waiting-count");
    stream.body().close();
  }

  private static List<String> firstEvent(java.io.InputStream body) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine();
          line != null && !line.isEmpty();
          line = reader.readLine()) {
        lines.add(line);
      }
    } catch (java.io.IOException closed) {
      throw new java.io.UncheckedIOException(closed);
    }
    return lines;
  }

  /** The links of a page that stay on the service ({@code /…}), the sign-out form left aside. */
  private static Set<String> links(String html) {
    Set<String> links = new TreeSet<>();
    Matcher href = Pattern.compile("href=\"(/[^\"]*)\"").matcher(html);
    while (href.find()) {
      String link = href.group(1).replace("&amp;", "&");
      if (!link.startsWith("/css/")) {
        links.add(link);
      }
    }
    return links;
  }

  private HttpResponse<byte[]> bytes(Browser browser, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow())
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException | InterruptedException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private SupervisorScreens screens() {
    return new SupervisorScreens(port, dataSource, passwords);
  }
}
