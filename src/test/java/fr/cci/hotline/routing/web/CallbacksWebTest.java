package fr.cci.hotline.routing.web;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.routing.callback.CallbackFixtures;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.TestAccounts;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on real sockets with the test profile, no PBX: call-backs stay where the
 * fixtures put them. Accounts of each role, with the password {@link #PASSWORD}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class CallbacksWebTest {

  static final String PASSWORD = "secret-cb";
  static final String ADVISOR = "claire.advisor";
  static final String SUPERVISOR = "sophie.supervisor";
  static final String ADMIN = "marc.admin";

  @LocalServerPort int port;
  @Autowired CallbackLine callbacks;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired Clock clock;

  CallbackFixtures fixtures;

  @BeforeEach
  void accountsAndFixtures() {
    TestAccounts accounts = new TestAccounts(dataSource, passwords);
    accounts.create(ADVISOR, PASSWORD, Role.ADVISOR);
    accounts.create(SUPERVISOR, PASSWORD, Role.SUPERVISOR);
    accounts.create(ADMIN, PASSWORD, Role.ADMIN);
    fixtures = new CallbackFixtures(callbacks, jdbc);
  }

  Browser signedIn(String username) {
    Browser browser = new Browser(port);
    browser.signIn(username, PASSWORD);
    return browser;
  }
}
