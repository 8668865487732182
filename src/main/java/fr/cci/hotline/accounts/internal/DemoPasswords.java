package fr.cci.hotline.accounts.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the demo only, advisors' accounts still waiting for a first password get {@code demo}, so that
 * anyone trying the demo can sign in as an advisor. Outside the demo profile no account ever has a
 * default password.
 */
@Component
@Profile("demo")
class DemoPasswords implements ApplicationRunner {

  static final String PASSWORD = "demo";

  private final UserAccounts accounts;
  private final PasswordEncoder passwords;

  DemoPasswords(UserAccounts accounts, PasswordEncoder passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments arguments) {
    accounts.findAll().stream()
        .filter(account -> !account.enabled())
        .forEach(account -> account.passwordChosen(passwords.encode(PASSWORD)));
  }
}
