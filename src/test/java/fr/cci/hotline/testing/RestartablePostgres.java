package fr.cci.hotline.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A PostgreSQL server of its own that a test can stop and start again on the same port and data, as
 * a database outage looks to the service.
 */
public final class RestartablePostgres implements AutoCloseable {

  private final Path data;
  private final int port;
  private EmbeddedPostgres server;

  public RestartablePostgres(Path data) throws IOException {
    this.data = data;
    try (ServerSocket probe = new ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
  }

  /** Starts the server on its data and port; does nothing while it runs. */
  public RestartablePostgres start() throws IOException {
    if (server != null) {
      return this;
    }
    server =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .start();
    return this;
  }

  public void stop() throws IOException {
    server.close();
    server = null;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      stop();
    }
  }
}
