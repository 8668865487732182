package fr.cci.hotline.cases.records;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.EmbeddedPostgresServer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V11 takes the menu out of the wait of the cases written before it, on both databases: their wait
 * counted from the call's arrival; it now counts from the waiting line, and the menu has its own
 * column.
 */
class CaseTimelineMigrationTests {

  private static final Instant ARRIVED = Instant.parse("2026-10-05T08:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void casesWrittenBeforeKeepTheirMeaningWithTheMenuOutOfTheWait(String database) {
    DriverManagerDataSource dataSource = dataSource(database);
    migrate(dataSource, "10");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    insert(jdbc, "CP-answered", "IN_PROGRESS", null, 22, 97, 67);
    insert(jdbc, "CP-left-line", "ABANDONED", "waiting", 18, null, 40);
    insert(jdbc, "CP-left-menu", "ABANDONED", "topic", null, null, 12);
    insert(jdbc, "CP-closed", "CLOSED", null, null, null, null);

    migrate(dataSource, "latest");

    assertThat(timeline(jdbc, "CP-answered")).containsEntry("MENU", 22).containsEntry("WAIT", 45);
    assertThat(timeline(jdbc, "CP-left-line")).containsEntry("MENU", 18).containsEntry("WAIT", 22);
    assertThat(timeline(jdbc, "CP-left-menu"))
        .containsEntry("MENU", 12)
        .containsEntry("WAIT", null);
    assertThat(timeline(jdbc, "CP-closed")).containsEntry("MENU", null).containsEntry("WAIT", null);
  }

  private static DriverManagerDataSource dataSource(String database) {
    if (database.equals("h2")) {
      return new DriverManagerDataSource(
          "jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
    return new DriverManagerDataSource(
        EmbeddedPostgresServer.newDatabase(), "postgres", "postgres");
  }

  private static void migrate(DriverManagerDataSource dataSource, String target) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  /** A case as V3 to V10 wrote it: its wait counted from the arrival. */
  private static void insert(
      JdbcTemplate jdbc,
      String caseNumber,
      String status,
      String step,
      Integer queuedAfter,
      Integer answeredAfter,
      Integer waitFromArrival) {
    jdbc.update(
        "insert into case_record (case_number, status, step_reached, arrived_at, queued_at,"
            + " answered_at, wait_seconds, callback_requested, retention_until, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, false, ?, 0)",
        caseNumber,
        status,
        step,
        at(0),
        queuedAfter == null ? null : at(queuedAfter),
        answeredAfter == null ? null : at(answeredAfter),
        waitFromArrival,
        at(0));
  }

  private static Map<String, Object> timeline(JdbcTemplate jdbc, String caseNumber) {
    return jdbc.queryForMap(
        "select menu_seconds as menu, wait_seconds as wait from case_record where case_number = ?",
        caseNumber);
  }

  private static Timestamp at(int seconds) {
    return Timestamp.from(ARRIVED.plusSeconds(seconds));
  }
}
