package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.testing.EmbeddedPostgresServer;

class PostgresReservationRaceTests extends ReservationRaceContract {

  @Override
  String databaseUrl() {
    return EmbeddedPostgresServer.newDatabase();
  }

  @Override
  String user() {
    return "postgres";
  }

  @Override
  String password() {
    return "postgres";
  }
}
