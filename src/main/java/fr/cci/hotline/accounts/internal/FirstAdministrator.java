package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.AccountsSettings;
import fr.cci.hotline.accounts.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is no administrator yet (advisors' accounts from the
 * seed may exist already, without passwords), from {@code HOTLINE_ADMIN_USER} and {@code
 * HOTLINE_ADMIN_PASSWORD}, or with a generated password printed once in the log.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final UserAccounts accounts;
  private final PasswordEncoder passwords;
  private final AccountsSettings settings;
  private final Clock clock;

  FirstAdministrator(
      UserAccounts accounts, PasswordEncoder passwords, AccountsSettings settings, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (accounts.existsByRole(Role.ADMIN)) {
      return;
    }
    boolean generated = settings.adminPassword().isBlank();
    String password = generated ? generatedPassword() : settings.adminPassword();
    try {
      accounts.saveAndFlush(
          new UserAccount(
              settings.adminUser(), passwords.encode(password), Role.ADMIN, clock.instant()));
    } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
      log.info("The first administrator was created by another instance");
      return;
    }
    if (generated) {
      log.warn(
          "No administrator existed: created administrator '{}' with the generated password {}"
              + " (shown only this once: sign in and change it, or set HOTLINE_ADMIN_PASSWORD)",
          settings.adminUser(),
          password);
    } else {
      log.info(
          "No administrator existed: created administrator '{}' from HOTLINE_ADMIN_USER",
          settings.adminUser());
    }
  }

  private static String generatedPassword() {
    byte[] random = new byte[15];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
