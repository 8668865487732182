package fr.cci.hotline;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * The CCI Prévention hotline: an Asterisk PBX driven over AMI and FastAGI. {@code support} is a
 * shared module: the mechanisms in it (threads, back-off, periodic work) serve every module.
 */
@SpringBootApplication
@Modulithic(sharedModules = "support")
@ConfigurationPropertiesScan
public class Hotline {

  public static void main(String[] args) {
    SpringApplication.run(Hotline.class, args);
  }

  /** The one source of time, so that tests can fix it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
