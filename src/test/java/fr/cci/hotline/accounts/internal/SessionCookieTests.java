package fr.cci.hotline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.AccountsSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;
import org.springframework.util.unit.DataSize;

class SessionCookieTests {

  @Test
  void theSessionCookieIsSecureWhenTheSettingSaysThePagesAreServedOverHttps() {
    MockServletContext https = new MockServletContext();
    MockServletContext plain = new MockServletContext();

    new SessionCookie(settings(true)).onStartup(https);
    new SessionCookie(settings(false)).onStartup(plain);

    assertThat(https.getSessionCookieConfig().isSecure()).isTrue();
    assertThat(plain.getSessionCookieConfig().isSecure()).isFalse();
    assertThat(https.getSessionCookieConfig().isHttpOnly()).isTrue();
    assertThat(https.getSessionCookieConfig().getAttribute("SameSite")).isEqualTo("Lax");
  }

  private static AccountsSettings settings(boolean secureCookies) {
    return new AccountsSettings(
        "admin",
        "",
        Duration.ofMinutes(30),
        10,
        30,
        Duration.ofMinutes(5),
        secureCookies,
        DataSize.ofMegabytes(1));
  }
}
