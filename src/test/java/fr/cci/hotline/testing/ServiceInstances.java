package fr.cci.hotline.testing;

import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.telephony.TelephonyStatus;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Service instances sharing one PostgreSQL database and one PBX simulator, as several instances run
 * in production: open every day, no wrap-up, each with its own case journal.
 */
public final class ServiceInstances {

  private ServiceInstances() {}

  /** The command-line settings of one instance; {@code more} are added after them. */
  public static List<String> settings(
      String database, int amiPort, Path journalDir, String... more) {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--hotline.cases.journal-dir=" + journalDir,
                "--hotline.telephony.ami.port=" + amiPort,
                "--hotline.telephony.ami.username=hotline",
                "--hotline.telephony.ami.password=hotline",
                "--hotline.advisors.wrap-up=0s",
                "--hotline.ivr.opening-hours[0]=MON-SUN 00:00-24:00",
                "--hotline.ivr.french-public-holidays=false"));
    settings.addAll(List.of(more));
    return settings;
  }

  /** Starts an instance in this JVM and waits until its AMI link is up. */
  public static ConfigurableApplicationContext start(List<String> settings) {
    ConfigurableApplicationContext service =
        new SpringApplicationBuilder(Hotline.class).run(settings.toArray(String[]::new));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(service.getBean(TelephonyStatus.class)::amiConnected);
    return service;
  }

  /** Where the PBX reaches the instance's FastAGI server. */
  public static InetSocketAddress agiAddress(ConfigurableApplicationContext instance) {
    return new InetSocketAddress("127.0.0.1", instance.getBean(TelephonyStatus.class).agiPort());
  }
}
