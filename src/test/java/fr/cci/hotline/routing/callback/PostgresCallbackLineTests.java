package fr.cci.hotline.routing.callback;

import fr.cci.hotline.testing.EmbeddedPostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The call-backs' table on a real PostgreSQL server, as in production. */
class PostgresCallbackLineTests extends CallbackLineContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
  }
}
