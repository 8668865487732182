package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.testing.EmbeddedPostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Presence on a real PostgreSQL server, as in production with several instances. */
@AdvisorsIntegrationTest
class PostgresPresenceTests extends PresencePersistenceContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
  }
}
