package fr.cci.hotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The CCI Prévention hotline: an Asterisk PBX driven over AMI and FastAGI. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Hotline {

  public static void main(String[] args) {
    SpringApplication.run(Hotline.class, args);
  }
}
