package fr.cci.hotline.ivr.hours;

import fr.cci.hotline.ivr.Closure;
import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.ivr.OpeningRule;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** Whether the line is open: weekly rules, minus public holidays and exceptional closures. */
@Component
public class OpeningHours {

  private final IvrSettings settings;
  // Parsed once: the line's state is asked at every waiting caller's tick.
  private final List<OpeningRule> rules;
  private final List<Closure> closures;
  private final Clock clock;

  OpeningHours(IvrSettings settings, Clock clock) {
    this.settings = settings;
    this.rules = settings.openingRules();
    this.closures = settings.closurePeriods();
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
    if (closures.stream().anyMatch(closure -> closure.covers(local.toLocalDate()))) {
      return false;
    }
    return rules.stream().anyMatch(rule -> rule.isOpen(local));
  }
}
