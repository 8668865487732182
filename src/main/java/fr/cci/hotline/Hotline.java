package fr.cci.hotline;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The CCI Prévention hotline: an Asterisk PBX driven over AMI and FastAGI. */
@SpringBootApplication
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
