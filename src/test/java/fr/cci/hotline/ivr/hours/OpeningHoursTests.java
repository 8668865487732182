package fr.cci.hotline.ivr.hours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.ivr.IvrSettings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTests {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final OpeningHours hours =
      new OpeningHours(
          new IvrSettings(
              "classpath:ivr/menu.yml",
              PARIS,
              List.of("MON-FRI 09:00-12:30 13:30-17:30"),
              List.of("2026-12-24/2026-12-31"),
              true),
          Clock.system(PARIS));

  @Test
  void openOnAWeekdayWithinTheRanges() {
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 27, 9, 0))).isTrue();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 27, 17, 29))).isTrue();
  }

  @Test
  void closedAtLunchtimeAtNightAndAtTheWeekend() {
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 27, 12, 45))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 27, 17, 30))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 27, 8, 59))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 28, 10, 0))).isFalse();
  }

  @Test
  void closedOnWhitMondayAndOnArmisticeDay() {
    assertThat(hours.isOpen(LocalDateTime.of(2026, 5, 25, 10, 0))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 11, 10, 0))).isFalse();
  }

  @Test
  void closedDuringAnExceptionalClosure() {
    assertThat(hours.isOpen(LocalDateTime.of(2026, 12, 28, 10, 0))).isFalse();
    assertThat(hours.isOpen(LocalDateTime.of(2027, 1, 4, 10, 0))).isTrue();
  }
}
