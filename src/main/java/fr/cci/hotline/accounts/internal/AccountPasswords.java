package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.Accounts;
import fr.cci.hotline.accounts.Role;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How accounts get their passwords. There is no default password: an advisor's account is created
 * disabled (from the seed's or the advisors API's {@code username}); an administrator sets a first
 * password and tells the advisor, who must choose their own at the first sign-in.
 */
@Service
@Transactional
class AccountPasswords implements Accounts {

  static final int MIN_LENGTH = 12;

  /** bcrypt reads at most 72 bytes: a longer password would be cut without a word. */
  static final int MAX_BYTES = 72;

  private final UserAccounts accounts;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AccountPasswords(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Override
  public boolean provideAdvisorAccount(String username) {
    if (accounts.findByUsername(username).isPresent()) {
      return false;
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String unusable = passwords.encode(Base64.getEncoder().encodeToString(secret));
    accounts.saveAndFlush(
        UserAccount.waitingForPassword(username, unusable, Role.ADVISOR, clock.instant()));
    return true;
  }

  /**
   * An administrator sets a first (or a new) password; its owner must change it when signing in.
   *
   * @return field → message key of what is wrong with the password, empty when it was set
   * @throws NoSuchElementException when there is no such account
   */
  Map<String, String> setByAdministrator(String username, String password) {
    UserAccount account = accounts.findByUsername(username).orElseThrow();
    Map<String, String> errors = check("password", username, password);
    if (errors.isEmpty()) {
      account.passwordSetByAdministrator(passwords.encode(password));
    }
    return errors;
  }

  /**
   * A user chooses their own password.
   *
   * @return field → message key of each mistake, empty when the password was changed
   */
  Map<String, String> change(String username, String current, String chosen, String confirmed) {
    UserAccount account = accounts.findByUsername(username).orElseThrow();
    Map<String, String> errors = new LinkedHashMap<>();
    if (current == null || !passwords.matches(current, account.passwordHash())) {
      errors.put("current", "accounts.password.wrong-current");
    }
    errors.putAll(check("chosen", username, chosen));
    if (chosen != null && current != null && chosen.equals(current)) {
      errors.put("chosen", "accounts.password.same");
    }
    if (chosen == null || !chosen.equals(confirmed)) {
      errors.put("confirmed", "accounts.password.mismatch");
    }
    if (errors.isEmpty()) {
      account.passwordChosen(passwords.encode(chosen));
    }
    return errors;
  }

  @Transactional(readOnly = true)
  UserAccount account(String username) {
    return accounts.findByUsername(username).orElseThrow();
  }

  private static Map<String, String> check(String field, String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Map.of(field, "accounts.password.too-short");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Map.of(field, "accounts.password.too-long");
    }
    if (password.equalsIgnoreCase(username)) {
      return Map.of(field, "accounts.password.username");
    }
    return Map.of();
  }
}
