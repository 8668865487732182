package fr.cci.hotline.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the service's clock with one a test can move to a given day. */
@TestConfiguration
public class TestTimeConfiguration {

  @Bean
  @Primary
  AdjustableClock adjustableClock() {
    return new AdjustableClock();
  }
}
