package fr.cci.hotline.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in, with the form or HTTP Basic, goes through here: a locked username or address is
 * refused before its password is even checked (so a lock cannot be used to test passwords), a
 * failure is counted, a success clears the user's count.
 */
final class ThrottledSignIn implements AuthenticationProvider {

  /** Refused because the username or the address is locked, whatever the password. */
  static final class Locked extends AuthenticationException {
    Locked() {
      super("too many failed sign-ins");
    }
  }

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;

  ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : "unknown";
    if (throttle.locked(username, address)) {
      throw new Locked();
    }
    try {
      Authentication signedIn = passwords.authenticate(attempt);
      throttle.succeeded(username);
      return signedIn;
    } catch (AuthenticationException refused) {
      throttle.failed(username, address);
      throw refused;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
