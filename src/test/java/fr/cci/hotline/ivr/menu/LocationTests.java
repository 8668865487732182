package fr.cci.hotline.ivr.menu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTests {

  @ParameterizedTest
  @CsvSource({
    "14, 14,",
    "76, 76,",
    "01, 01,",
    "14000, 14, 14000",
    "76600, 76, 76600",
    "27200, 27, 27200",
    "75008, 75, 75008",
    "97400, 974, 97400",
    "971, 971,",
    "20000, 20, 20000"
  })
  void aDepartementOrAPostalCodeGivesTheDepartement(
      String digits, String department, String postalCode) {
    assertThat(Location.parse(digits)).contains(new Location(department, postalCode));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1", "00", "20", "96", "99", "1400", "140000", "00123", "96000", "977", "1*", "14#"
      })
  void anythingElseIsNotALocation(String digits) {
    assertThat(Location.parse(digits)).isEmpty();
  }
}
