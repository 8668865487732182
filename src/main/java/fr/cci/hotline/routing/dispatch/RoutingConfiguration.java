package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.policy.PoolWidening;
import fr.cci.hotline.routing.policy.SelectionPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the plain-Java selection policy from the settings. */
@Configuration
class RoutingConfiguration {

  @Bean
  SelectionPolicy selectionPolicy(RoutingSettings settings) {
    return new SelectionPolicy(
        new PoolWidening(settings.widenToDepartmentAfter(), settings.widenToRegionAfter()));
  }
}
