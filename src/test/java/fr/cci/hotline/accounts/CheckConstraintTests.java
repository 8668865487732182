package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Guards the H2 version: in H2 2.4.240 a CHECK constraint comparing strings fails every insert once
 * the connection that created it has closed, which a connection pool does sooner or later.
 */
class CheckConstraintTests {

  @Test
  void aCheckConstraintStillWorksAfterTheConnectionThatCreatedItHasClosed() throws Exception {
    String url = "jdbc:h2:mem:check-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection creator = DriverManager.getConnection(url);
        Statement statement = creator.createStatement()) {
      statement.execute(
          "create table role_holder (id int primary key, role varchar(16) not null,"
              + " constraint ck_role check (role in ('ADVISOR', 'ADMIN')))");
    }
    try (Connection later = DriverManager.getConnection(url);
        Statement statement = later.createStatement()) {
      assertThatCode(() -> statement.execute("insert into role_holder values (1, 'ADMIN')"))
          .doesNotThrowAnyException();
      assertThatCode(() -> statement.execute("insert into role_holder values (2, 'GUEST')"))
          .hasMessageContaining("Check constraint violation");
    }
  }
}
