package fr.cci.hotline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cci.hotline.accounts.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same persistence behaviour, run on H2 and on PostgreSQL by the subclasses. */
abstract class UserAccountsPersistenceContract {

  @Autowired UserAccounts accounts;
  @Autowired EntityManager entities;
  @Autowired DataSource dataSource;

  @Test
  void migrationsCreateTheSchemaTheEntitiesExpect() {
    Integer applied =
        new JdbcTemplate(dataSource)
            .queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true",
                Integer.class);
    assertThat(applied).isPositive();
  }

  @Test
  void anAccountSurvivesARoundTripThroughTheDatabase() {
    Instant created = Instant.parse("2026-11-27T08:30:00.123456Z");
    accounts.saveAndFlush(new UserAccount("marie.dupont", "$2a$10$hash", Role.SUPERVISOR, created));
    entities.clear();

    UserAccount loaded = accounts.findByUsername("marie.dupont").orElseThrow();

    assertThat(loaded.role()).isEqualTo(Role.SUPERVISOR);
    assertThat(loaded.passwordHash()).isEqualTo("$2a$10$hash");
    assertThat(loaded.enabled()).isTrue();
    assertThat(loaded.createdAt().truncatedTo(ChronoUnit.MILLIS))
        .isEqualTo(created.truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void twoAccountsCannotShareAUsername() {
    accounts.saveAndFlush(new UserAccount("paul", "h1", Role.ADVISOR, Instant.now()));

    assertThatThrownBy(
            () -> accounts.saveAndFlush(new UserAccount("paul", "h2", Role.ADMIN, Instant.now())))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
