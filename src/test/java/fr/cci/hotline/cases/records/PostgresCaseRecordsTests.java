package fr.cci.hotline.cases.records;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.Call;
import fr.cci.hotline.testing.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The case records on a real PostgreSQL server, as in production. */
class PostgresCaseRecordsTests extends CaseRecordsContract {

  @Autowired DataSource dataSource;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
  }

  @Test
  void findingThePreviousAdvisorGivesUpInTimeWhileTheCasesAreLocked() throws Exception {
    Call earlier = Call.arriving(Duration.ofDays(2));
    publish(
        earlier.arrived(),
        earlier.answeredBy("adv105", "ouest-normandie", 12, 12),
        earlier.completed("adv105", 240, 252));
    eventually(earlier, c -> c.timeline().endedAt() != null);

    Optional<String> whileLocked;
    long took;
    try (Connection other = dataSource.getConnection();
        Statement statement = other.createStatement()) {
      other.setAutoCommit(false);
      statement.execute("lock table case_record in access exclusive mode");
      long start = System.nanoTime();
      whileLocked = previousAdvisor.previousAdvisorOf(earlier.callerNumber());
      took = System.nanoTime() - start;
      other.rollback();
    }

    assertThat(whileLocked).isEmpty();
    // lookup-timeout is 500 ms by default: the bound here is generous on purpose.
    assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(3));
    assertThat(previousAdvisor.previousAdvisorOf(earlier.callerNumber())).contains("adv105");
  }
}
