package fr.cci.hotline.ivr;

import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.FONDS_SOLIDARITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.telephony.TelephonyStatus;
import fr.cci.hotline.testing.RestartablePostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A PostgreSQL outage in the middle of a call, as seen by the caller and by the case. */
class DatabaseOutageCallTests {

  @TempDir Path directory;

  @Test
  void theDatabaseStoppedDuringACallStillGetsTheCallerToAnAdvisorAndTheCaseIsWrittenAfterwards()
      throws Exception {
    try (RestartablePostgres database = new RestartablePostgres(directory.resolve("pg")).start();
        PbxSimulator pbx =
            PbxSimulator.start(
                SimulatorSettings.defaults()
                    .withSpeed(20)
                    .withAmiCredentials("hotline", "hotline")
                    .withDialplan(Path.of("asterisk-config/extensions.conf")));
        ConfigurableApplicationContext service = start(database, pbx)) {
      pbx.agiTarget("127.0.0.1", service.getBean(TelephonyStatus.class).agiPort());
      await()
          .atMost(Duration.ofSeconds(10))
          .until(service.getBean(TelephonyStatus.class)::amiConnected);
      pbx.advisor("adv101")
          .registered()
          .answersAfter(Duration.ofSeconds(2), Duration.ofSeconds(20));
      Instant now = service.getBean(Clock.class).instant();
      service.getBean(Presence.class).logIn("adv101", now);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> pbx.queueMembers("hotline-fallback").contains("PJSIP/adv101"));

      database.stop();
      CallRecord call =
          pbx.call(
                  CallerScript.from("0644000001")
                      .stayQuiet()
                      .stayQuiet()
                      .pressWhenAsked(FONDS_SOLIDARITE)
                      .pressWhenAsked(CALVADOS))
              .awaitEnd(Duration.ofSeconds(60));

      assertThat(call.reachedFallbackQueue())
          .as("no decision: the dialplan's fallback queue")
          .isTrue();
      assertThat(call.answeredBy()).isEqualTo("adv101");
      String caseNumber = call.finalVariables().get("HOTLINE_CASE");
      assertThat(caseNumber).isNotBlank();

      database.start();
      CaseRecords cases = service.getBean(CaseRecords.class);
      CaseDetails record =
          await()
              .atMost(Duration.ofSeconds(30))
              .ignoreExceptions() // the pool reconnects once the server is back
              .until(() -> cases.find(caseNumber), Optional::isPresent)
              .orElseThrow();
      assertThat(record.topic()).isEqualTo("fonds-solidarite");
      assertThat(record.department()).isEqualTo("14");
      assertThat(record.status()).isIn(CaseStatus.OPEN, CaseStatus.ABANDONED, CaseStatus.CLOSED);
    }
  }

  private ConfigurableApplicationContext start(RestartablePostgres database, PbxSimulator pbx) {
    return new SpringApplicationBuilder(Hotline.class)
        .profiles("test")
        .run(
            "--spring.datasource.url=" + database.jdbcUrl(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--spring.datasource.hikari.connection-timeout=1000",
            "--hotline.cases.journal-dir=" + directory.resolve("journal"),
            "--hotline.cases.retry-max-delay=1s",
            "--hotline.telephony.ami.port=" + pbx.amiPort(),
            "--hotline.telephony.ami.username=hotline",
            "--hotline.telephony.ami.password=hotline",
            "--hotline.ivr.opening-hours[0]=MON-SUN 00:00-23:59",
            "--hotline.ivr.french-public-holidays=false");
  }
}
