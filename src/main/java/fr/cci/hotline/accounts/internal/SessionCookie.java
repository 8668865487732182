package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.AccountsSettings;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The page session's cookie: out of reach of scripts ({@code HttpOnly}), not sent with another
 * site's requests other than plain links ({@code SameSite=Lax}: a link from a mail still opens the
 * page signed in, a form posted from elsewhere does not carry it), and {@code Secure} when {@code
 * hotline.accounts.secure-cookies} says the pages are served over HTTPS.
 */
@Component
class SessionCookie implements ServletContextInitializer {

  private final boolean secure;

  SessionCookie(AccountsSettings settings) {
    this.secure = settings.secureCookies();
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");
  }
}
