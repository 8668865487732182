package fr.cci.hotline.ivr.hours;

import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.ivr.OpeningRule;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/** Whether the line is open: weekly rules, minus public holidays and exceptional closures. */
@Component
public class OpeningHours {

  private final IvrSettings settings;
  private final Clock clock;

  OpeningHours(IvrSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public boolean isOpenNow() {
    return isOpen(
        ZonedDateTime.now(clock).withZoneSameInstant(settings.timeZone()).toLocalDateTime());
  }

  boolean isOpen(LocalDateTime local) {
    if (settings.frenchPublicHolidays() && FrenchPublicHolidays.isHoliday(local.toLocalDate())) {
      return false;
    }
    if (settings.closurePeriods().stream()
        .anyMatch(closure -> closure.covers(local.toLocalDate()))) {
      return false;
    }
    return settings.openingRules().stream().anyMatch((OpeningRule rule) -> rule.isOpen(local));
  }
}
