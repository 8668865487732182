package fr.cci.hotline.testing;

import fr.cci.hotline.accounts.Role;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * User accounts for tests of other modules, written into {@code user_account} as the migrations
 * define it: the accounts module keeps its entities to itself.
 */
public final class TestAccounts {

  private final JdbcTemplate jdbc;
  private final PasswordEncoder passwords;

  public TestAccounts(DataSource dataSource, PasswordEncoder passwords) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.passwords = passwords;
  }

  /** An enabled account with this role, unless the username is taken already. */
  public void create(String username, String password, Role role) {
    jdbc.update(
        "insert into user_account (username, password_hash, role, enabled, created_at)"
            + " select ?, ?, ?, true, ? where not exists"
            + " (select 1 from user_account where username = ?)",
        username,
        passwords.encode(password),
        role.name(),
        Timestamp.from(Instant.now()),
        username);
  }
}
