package fr.cci.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.routing.FindPreviousAdvisor;
import fr.cci.hotline.testing.RestartablePostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away while calls come in: the callers' threads do not wait, and every case is
 * written once the database is back, even when the service restarted in between.
 */
class DatabaseOutageTests {

  private static final Duration WRITTEN = Duration.ofSeconds(90);

  @TempDir Path directory;

  @Test
  void callsDuringAnOutageDoNotWaitAndTheirCasesAreWrittenWhenTheDatabaseReturns()
      throws Exception {
    try (RestartablePostgres database = new RestartablePostgres(directory.resolve("pg")).start();
        ConfigurableApplicationContext service = start(database)) {
      FindPreviousAdvisor previousAdvisor = service.getBean(FindPreviousAdvisor.class);
      Call before = Call.arriving(Duration.ofDays(1));
      publish(
          service,
          before.arrived(),
          before.answeredBy("adv101", "rouen", 10, 10),
          before.completed("adv101", 60, 70));
      awaitCase(service, before);
      assertThat(previousAdvisor.previousAdvisorOf(before.callerNumber())).contains("adv101");

      database.stop();
      List<Call> calls = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        calls.add(Call.arriving(Duration.ofSeconds(30)));
      }
      Duration slowest = publishFromCallerThreads(service, calls);
      long start = System.nanoTime();
      boolean foundWhileDown = previousAdvisor.previousAdvisorOf(before.callerNumber()).isPresent();
      Duration lookup = Duration.ofNanos(System.nanoTime() - start);

      assertThat(slowest).isLessThan(Duration.ofSeconds(1));
      assertThat(foundWhileDown).isFalse();
      assertThat(lookup).isLessThan(Duration.ofSeconds(3));
      assertThat(pending(service)).isGreaterThan(0);

      database.start();

      for (Call call : calls) {
        awaitCase(service, call);
      }
      assertThat(service.getBean(CaseRecords.class).find(calls.get(0).caseNumber()))
          .hasValueSatisfying(c -> assertThat(c.topic()).isEqualTo("tresorerie"));
      await().atMost(WRITTEN).until(() -> pending(service) == 0);
    }
  }

  @Test
  void aServiceRestartedDuringAnOutageWritesWhatTheFormerOneJournalled() throws Exception {
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      calls.add(Call.arriving(Duration.ofMinutes(1)));
    }
    try (RestartablePostgres database = new RestartablePostgres(directory.resolve("pg")).start()) {
      try (ConfigurableApplicationContext former = start(database)) {
        database.stop();
        publishFromCallerThreads(former, calls);
        assertThat(pending(former)).isGreaterThan(0);
      }

      database.start();
      try (ConfigurableApplicationContext restarted = start(database)) {
        for (Call call : calls) {
          awaitCase(restarted, call);
        }
      }
    }
  }

  private ConfigurableApplicationContext start(RestartablePostgres database) {
    return new SpringApplicationBuilder(Hotline.class)
        .profiles("test")
        .run(
            "--spring.datasource.url=" + database.jdbcUrl(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            // An outage is noticed in a second rather than Hikari's default thirty.
            "--spring.datasource.hikari.connection-timeout=1000",
            "--hotline.cases.journal-dir=" + directory.resolve("journal"),
            "--hotline.cases.retry-max-delay=1s");
  }

  /** Each call's events from a thread of its own, as FastAGI would; returns the slowest publish. */
  private static Duration publishFromCallerThreads(
      ConfigurableApplicationContext service, List<Call> calls) throws InterruptedException {
    ConcurrentLinkedQueue<Duration> durations = new ConcurrentLinkedQueue<>();
    ExecutorService callers = Executors.newFixedThreadPool(calls.size());
    for (Call call : calls) {
      callers.execute(
          () -> {
            for (Object event :
                List.of(call.arrived(), call.topic("tresorerie", 5), call.queued("76", 20))) {
              long start = System.nanoTime();
              service.publishEvent(event);
              durations.add(Duration.ofNanos(System.nanoTime() - start));
            }
          });
    }
    callers.shutdown();
    assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    return durations.stream().max(Duration::compareTo).orElseThrow();
  }

  private static void publish(ConfigurableApplicationContext service, Object... events) {
    for (Object event : events) {
      service.publishEvent(event);
    }
  }

  private static void awaitCase(ConfigurableApplicationContext service, Call call) {
    CaseRecords records = service.getBean(CaseRecords.class);
    await()
        .atMost(WRITTEN)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(() -> records.find(call.caseNumber()).isPresent());
  }

  private static double pending(ConfigurableApplicationContext service) {
    return service.getBean(MeterRegistry.class).get("hotline.cases.pending").gauge().value();
  }
}
