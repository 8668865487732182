package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.AccountsSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins counted per username and per address in the database, so that every instance sees
 * the same counts: {@code max-failures-per-user} (or {@code -per-address}) failures within {@code
 * lockout} lock that username (or address) for {@code lockout}. Unknown usernames are counted and
 * locked like known ones, so that a lock tells a guesser nothing about who exists. The log names a
 * known user, never an unknown username (it may be a password typed in the wrong field), and never
 * a password.
 */
@Component
class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final UserAccounts accounts;
  private final AccountsSettings settings;
  private final Clock clock;

  SignInThrottle(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      UserAccounts accounts,
      AccountsSettings settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.accounts = accounts;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether sign-ins under this username or from this address are refused for now. */
  boolean locked(String username, String address) {
    Integer locks =
        jdbc.queryForObject(
            "select count(*) from sign_in_throttle where subject in (?, ?) and locked_until > ?",
            Integer.class,
            subject("user", username),
            subject("address", address),
            Timestamp.from(clock.instant()));
    return locks != null && locks > 0;
  }

  /**
   * Counts a failed sign-in against the username and the address, and locks either at its limit.
   */
  void failed(String username, String address) {
    Instant now = clock.instant();
    String who =
        accounts.findByUsername(username).map(known -> "user " + known.username()).orElse(null);
    log.info("Sign-in refused for {} from {}", who == null ? "an unknown username" : who, address);
    if (count(subject("user", username), settings.maxFailuresPerUser(), now)) {
      log.warn(
          "Sign-ins locked for {} after {} failures: {}",
          settings.lockout(),
          settings.maxFailuresPerUser(),
          who == null ? "an unknown username" : who);
    }
    if (count(subject("address", address), settings.maxFailuresPerAddress(), now)) {
      log.warn(
          "Sign-ins locked for {} after {} failures: address {}",
          settings.lockout(),
          settings.maxFailuresPerAddress(),
          address);
    }
    forgetOlderThan(now.minus(settings.lockout()), now);
  }

  /** A user who signed in starts afresh; their address does not (it may be a guesser's too). */
  void succeeded(String username) {
    jdbc.update("delete from sign_in_throttle where subject = ?", subject("user", username));
  }

  /**
   * One more failure for the subject, in its own transaction (the update locks the row until the
   * count is read, on every instance); the count starts again once the window is over.
   *
   * @return whether this failure locked the subject
   */
  private boolean count(String subject, int limit, Instant now) {
    Timestamp at = Timestamp.from(now);
    Timestamp windowStart = Timestamp.from(now.minus(settings.lockout()));
    Boolean locked =
        transactions.execute(
            status -> {
              int updated =
                  jdbc.update(
                      "update sign_in_throttle set"
                          + " failures = case when window_started_at < ? then 1"
                          + " else failures + 1 end,"
                          + " window_started_at = case when window_started_at < ? then ?"
                          + " else window_started_at end"
                          + " where subject = ?",
                      windowStart,
                      windowStart,
                      at,
                      subject);
              if (updated == 0) {
                try {
                  jdbc.update(
                      "insert into sign_in_throttle (subject, failures, window_started_at)"
                          + " values (?, 1, ?)",
                      subject,
                      at);
                } catch (DuplicateKeyException inserted) {
                  // Another instance counted this subject's first failure at the same moment.
                  status.setRollbackOnly();
                  return null;
                }
              }
              Integer failures =
                  jdbc.queryForObject(
                      "select failures from sign_in_throttle where subject = ?",
                      Integer.class,
                      subject);
              if (failures == null || failures < limit) {
                return false;
              }
              jdbc.update(
                  "update sign_in_throttle set failures = 0, window_started_at = ?,"
                      + " locked_until = ? where subject = ?",
                  at,
                  Timestamp.from(now.plus(settings.lockout())),
                  subject);
              return true;
            });
    return locked == null ? count(subject, limit, now) : locked;
  }

  private void forgetOlderThan(Instant windowStart, Instant now) {
    jdbc.update(
        "delete from sign_in_throttle where window_started_at < ?"
            + " and (locked_until is null or locked_until < ?)",
        Timestamp.from(windowStart),
        Timestamp.from(now));
  }

  private static String subject(String kind, String value) {
    String normalised = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }
}
