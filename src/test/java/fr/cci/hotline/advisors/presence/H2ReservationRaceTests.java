package fr.cci.hotline.advisors.presence;

import java.util.UUID;

class H2ReservationRaceTests extends ReservationRaceContract {

  @Override
  String databaseUrl() {
    return "jdbc:h2:mem:race-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  @Override
  String user() {
    return "sa";
  }

  @Override
  String password() {
    return "";
  }
}
