package fr.cci.hotline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.accounts.AccountsSettings;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.unit.DataSize;

class SessionTimeoutTests {

  @Test
  void everyNewSessionIsClosedAfterTheConfiguredIdleTime() {
    MockHttpSession session = new MockHttpSession();
    SessionTimeout timeout =
        new SessionTimeout(
            new AccountsSettings(
                "admin",
                "",
                Duration.ofMinutes(20),
                10,
                30,
                Duration.ofMinutes(5),
                false,
                DataSize.ofMegabytes(1)));

    timeout.sessionCreated(new HttpSessionEvent(session));

    assertThat(session.getMaxInactiveInterval()).isEqualTo(20 * 60);
  }
}
