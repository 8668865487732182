package fr.cci.hotline.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.testing.AdjustableClock;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.TestAccounts;
import fr.cci.hotline.testing.TestTimeConfiguration;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Failed sign-ins are throttled per username and per address, with the form and with HTTP Basic, in
 * the database every instance shares: through real HTTP, against H2 and PostgreSQL. Three failures
 * per username and five per address here, to keep the tests short; the lock lasts five minutes of
 * the adjustable clock.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hotline.accounts.max-failures-per-user=3",
      "hotline.accounts.max-failures-per-address=5",
      "hotline.accounts.lockout=5m"
    })
@ActiveProfiles("test")
@Import(TestTimeConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class SignInThrottleContract {

  private static final String USER = "sophie.martin";
  private static final String PASSWORD = "un-mot-de-passe-solide";
  private static final String LOCKED_PAGE =
      "Trop d&#39;essais de connexion infructueux : la connexion est suspendue pendant 5"
          + " minutes. Réessayez plus tard.";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired AdjustableClock clock;

  @BeforeEach
  void aFreshCount() {
    new TestAccounts(dataSource, passwords).create(USER, PASSWORD, Role.SUPERVISOR);
    new JdbcTemplate(dataSource).update("delete from sign_in_throttle");
    clock.freezeAt(Instant.now());
  }

  @Test
  void aUsernameIsLockedAfterItsFailuresEvenWithTheRightPasswordUntilTheLockIsOver() {
    Browser browser = new Browser(port);
    List<String> failures =
        IntStream.range(0, 3).mapToObj(i -> location(browser.signIn(USER, "faux-" + i))).toList();

    String locked = location(browser.signIn(USER, PASSWORD));
    String page = browser.get("/login?locked").body();
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    String afterTheLock = location(browser.signIn(USER, PASSWORD));

    assertThat(failures).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
    assertThat(locked).endsWith("/login?locked");
    assertThat(page).contains(LOCKED_PAGE);
    assertThat(afterTheLock).doesNotContain("/login");
  }

  @Test
  void anUnknownUsernameIsLockedInTheSameWordsAndNeverWrittenToTheLog(CapturedOutput output) {
    Browser browser = new Browser(port);
    String typed = "mon-mot-de-passe-secret";
    for (int i = 0; i < 3; i++) {
      browser.signIn(typed, "autre-" + i);
    }
    browser.signIn(USER, "faux-connu");

    String locked = location(browser.signIn(typed, "autre-3"));

    assertThat(locked).endsWith("/login?locked");
    assertThat(output)
        .contains("Sign-in refused for an unknown username from 127.0.0.1")
        .contains("Sign-ins locked for PT5M after 3 failures: an unknown username")
        .contains("Sign-in refused for user " + USER + " from 127.0.0.1")
        .doesNotContain(typed)
        .doesNotContain("autre-0")
        .doesNotContain("faux-connu");
  }

  @Test
  void anAddressIsLockedAfterItsFailuresWhateverTheUsernames() {
    Browser browser = new Browser(port);
    for (int i = 0; i < 5; i++) {
      assertThat(location(browser.signIn("inconnu" + i, "faux"))).endsWith("/login?error");
    }

    String locked = location(browser.signIn("admin", "admin-test-password"));
    HttpResponse<String> api = browser.getAs("admin", "admin-test-password", "/api/chambers");
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    HttpResponse<String> afterTheLock =
        browser.getAs("admin", "admin-test-password", "/api/chambers");

    assertThat(locked).endsWith("/login?locked");
    assertThat(api.statusCode()).isEqualTo(429);
    assertThat(afterTheLock.statusCode()).isEqualTo(200);
  }

  @Test
  void httpBasicIsThrottledTheSameWayWithA429ThatRevealsNobody() {
    Browser browser = new Browser(port);
    List<Integer> failures =
        IntStream.range(0, 3)
            .mapToObj(i -> browser.getAs(USER, "faux-" + i, "/api/chambers").statusCode())
            .toList();
    for (int i = 0; i < 3; i++) {
      browser.getAs("personne", "faux-" + i, "/api/chambers");
    }

    HttpResponse<String> known = browser.getAs(USER, PASSWORD, "/api/chambers");
    HttpResponse<String> unknown = browser.getAs("personne", "faux", "/api/chambers");

    assertThat(failures).containsOnly(401);
    assertThat(List.of(known, unknown))
        .allSatisfy(
            answer -> {
              assertThat(answer.statusCode()).isEqualTo(429);
              assertThat(answer.headers().firstValue("Retry-After")).hasValue("300");
              assertThat(answer.headers().firstValue("Content-Type"))
                  .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            });
    assertThat(known.body())
        .isEqualTo(unknown.body())
        .contains(
            "Trop d'essais de connexion infructueux : la connexion est suspendue pendant 5"
                + " minutes.")
        .doesNotContain(USER, "personne");
  }

  @Test
  void aSignInClearsTheUsersCountAndOldFailuresAreForgotten() {
    Browser browser = new Browser(port);
    browser.signIn(USER, "faux-1");
    browser.signIn(USER, "faux-2");
    String cleared = location(new Browser(port).signIn(USER, PASSWORD));
    browser.signIn(USER, "faux-3");
    browser.signIn(USER, "faux-4");
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    browser.signIn(USER, "faux-5");

    String stillOpen = location(new Browser(port).signIn(USER, PASSWORD));

    assertThat(cleared).doesNotContain("/login");
    assertThat(stillOpen).doesNotContain("/login");
  }

  @Test
  void failuresArrivingTogetherAreAllCountedAndNoneFails() {
    List<CompletableFuture<Integer>> attempts =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            new Browser(port)
                                .getAs("ensemble", "faux-" + i, "/api/chambers")
                                .statusCode()))
            .toList();
    List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();

    HttpResponse<String> after = new Browser(port).getAs("ensemble", "faux", "/api/chambers");

    assertThat(statuses).isSubsetOf(401, 429).contains(401);
    assertThat(after.statusCode()).isEqualTo(429);
  }

  private static String location(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as("a redirect after the form").isEqualTo(302);
    return answer.headers().firstValue("Location").orElseThrow();
  }
}
