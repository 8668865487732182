package fr.cci.hotline.advisors.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.cci.hotline.advisors.PresenceChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two service instances, each with its own connection pool on one database, and many callers racing
 * to reserve the same advisor, round after round: exactly one wins each time. The subclasses give
 * the database.
 */
abstract class ReservationRaceContract {

  private static final int ROUNDS = 200;
  private static final int CALLERS_PER_INSTANCE = 4;
  private static final String ADVISOR = "adv101";

  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<PresenceChanged> announced = new CopyOnWriteArrayList<>();
  private final PresenceRules rules = new PresenceRules(Duration.ofSeconds(30), 2);
  private PresenceTransitions first;
  private PresenceTransitions second;
  private JdbcClient jdbc;

  /** A fresh, empty database. */
  abstract String databaseUrl();

  abstract String user();

  abstract String password();

  @BeforeEach
  void twoInstancesOnOneDatabase() {
    String url = databaseUrl();
    Flyway.configure().dataSource(url, user(), password()).load().migrate();
    first = instance(url);
    second = instance(url);
    jdbc = JdbcClient.create(pools.get(0));
    jdbc.sql(
            "insert into advisor (id, name, chamber, phone, active)"
                + " values ('adv101', 'Claire Lemoine', 'caen', 'PJSIP/adv101', true)")
        .update();
    new PresenceTable(jdbc).insertOffline(ADVISOR, Instant.now());
  }

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
  }

  @Test
  void callersOnTwoInstancesNeverReserveTheSameAdvisorTwice() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(2 * CALLERS_PER_INSTANCE);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        makeAvailable();
        announced.clear();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int caller = 0; caller < 2 * CALLERS_PER_INSTANCE; caller++) {
          PresenceTransitions instance = caller % 2 == 0 ? first : second;
          String call = "call-" + round + "-" + caller;
          attempts.add(
              callers.submit(
                  () -> {
                    start.await();
                    Instant now = Instant.now();
                    return instance.reserve(ADVISOR, row -> rules.reserve(row, call, now))
                        ? call
                        : null;
                  }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> attempt : attempts) {
          String won = attempt.get();
          if (won != null) {
            winners.add(won);
          }
        }

        assertThat(winners).as("round %d", round).hasSize(1);
        assertThat(storedCall()).as("round %d", round).isEqualTo(winners.get(0));
        assertThat(announced).as("round %d", round).hasSize(1);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private PresenceTransitions instance(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user());
    config.setPassword(password());
    config.setMaximumPoolSize(CALLERS_PER_INSTANCE);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return new PresenceTransitions(
        new PresenceTable(JdbcClient.create(pool)),
        event -> announced.add((PresenceChanged) event),
        new SimpleMeterRegistry());
  }

  private void makeAvailable() {
    jdbc.sql(
            "update advisor_presence set state = 'AVAILABLE', current_call = null,"
                + " version = version + 1 where advisor_id = :id")
        .param("id", ADVISOR)
        .update();
  }

  private String storedCall() {
    return jdbc.sql("select current_call from advisor_presence where advisor_id = :id")
        .param("id", ADVISOR)
        .query(String.class)
        .single();
  }
}
