package fr.cci.hotline.ivr.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPublicHolidaysTests {

  @ParameterizedTest
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25"
  })
  void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
    assertThat(FrenchPublicHolidays.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void theElevenHolidaysOf2026IncludeTheEasterBasedOnes() {
    assertThat(FrenchPublicHolidays.of(2026))
        .hasSize(11)
        .contains(
            LocalDate.of(2026, 4, 6), // lundi de Pâques
            LocalDate.of(2026, 5, 14), // Ascension
            LocalDate.of(2026, 5, 25), // lundi de Pentecôte
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 12, 25));
  }

  @Test
  void whitMondayMovesWithEaster() {
    assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2027, 5, 17))).isTrue();
    assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2026, 5, 18))).isFalse();
  }
}
