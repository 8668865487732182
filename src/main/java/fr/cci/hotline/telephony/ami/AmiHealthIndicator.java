package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.telephony.TelephonySettings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health component {@code ami}: UP only while the AMI link is logged in. */
@Component
class AmiHealthIndicator implements HealthIndicator {

  private final AmiLink link;
  private final TelephonySettings settings;

  AmiHealthIndicator(AmiLink link, TelephonySettings settings) {
    this.link = link;
    this.settings = settings;
  }

  @Override
  public Health health() {
    Health.Builder health = link.isConnected() ? Health.up() : Health.down();
    return health
        .withDetail("host", settings.ami().host())
        .withDetail("port", settings.ami().port())
        .build();
  }
}
