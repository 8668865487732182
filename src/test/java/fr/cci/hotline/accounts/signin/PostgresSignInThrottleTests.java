package fr.cci.hotline.accounts.signin;

import fr.cci.hotline.testing.EmbeddedPostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sign-in throttle on PostgreSQL, as several instances share it in production. */
class PostgresSignInThrottleTests extends SignInThrottleContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
  }
}
