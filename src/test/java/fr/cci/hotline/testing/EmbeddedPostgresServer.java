package fr.cci.hotline.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the tests (there is no Docker here), started once per test JVM and
 * stopped when it exits. Each caller gets a database of its own.
 */
public final class EmbeddedPostgresServer {

  private static final AtomicInteger databases = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  /** Points Spring's datasource at a fresh database on the shared server. */
  public static void register(DynamicPropertyRegistry registry) {
    String url = newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static synchronized String newDatabase() {
    String name = "hotline_" + databases.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException failure) {
      throw new IllegalStateException("cannot create test database " + name, failure);
    }
    return server().getJdbcUrl("postgres", name);
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException failure) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", failure);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
    }
    return server;
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting: nothing more to do
    }
  }
}
