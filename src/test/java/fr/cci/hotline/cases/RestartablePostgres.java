package fr.cci.hotline.cases;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A PostgreSQL server of its own that a test can stop and start again on the same port and data, as
 * a database outage looks to the service.
 */
final class RestartablePostgres implements AutoCloseable {

  private final Path data;
  private final int port;
  private EmbeddedPostgres server;

  RestartablePostgres(Path data) throws IOException {
    this.data = data;
    try (ServerSocket probe = new ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
  }

  RestartablePostgres start() throws IOException {
    server =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .start();
    return this;
  }

  void stop() throws IOException {
    server.close();
    server = null;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      stop();
    }
  }
}
