package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.AccountsSettings;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * Closes a page session left idle for {@code hotline.accounts.session-timeout}: a screen left
 * signed in on an empty desk does not show confidential cases for long.
 */
@Component
class SessionTimeout implements HttpSessionListener {

  private final int seconds;

  SessionTimeout(AccountsSettings settings) {
    this.seconds = (int) settings.sessionTimeout().toSeconds();
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(seconds);
  }
}
