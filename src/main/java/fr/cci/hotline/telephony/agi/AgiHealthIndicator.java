package fr.cci.hotline.telephony.agi;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health component {@code agi}: UP only while the FastAGI socket accepts calls. */
@Component
class AgiHealthIndicator implements HealthIndicator {

  private final FastAgiServer server;

  AgiHealthIndicator(FastAgiServer server) {
    this.server = server;
  }

  @Override
  public Health health() {
    Health.Builder health = server.isListening() ? Health.up() : Health.down();
    return health
        .withDetail("port", server.port())
        .withDetail("sessions", server.activeSessions())
        .build();
  }
}
