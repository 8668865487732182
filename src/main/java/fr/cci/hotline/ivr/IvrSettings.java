package fr.cci.hotline.ivr;

import fr.cci.hotline.InvalidSetting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The voice menu and opening hours ({@code hotline.ivr.*}).
 *
 * @param menu where the menu YAML lives (prompts, digits, retries, timeouts)
 * @param timeZone the hotline's local time, for opening hours
 * @param openingHours weekly rules, e.g. {@code MON-FRI 09:00-12:30 13:30-17:30}
 * @param closures exceptional closures, e.g. {@code 2026-12-24/2026-12-31}
 * @param frenchPublicHolidays whether French public holidays close the line
 */
@Validated
@ConfigurationProperties("hotline.ivr")
public record IvrSettings(
    @DefaultValue("classpath:ivr/menu.yml") @NotBlank String menu,
    @DefaultValue("Europe/Paris") @NotNull ZoneId timeZone,
    @DefaultValue("MON-FRI 09:00-12:30 13:30-17:30") List<String> openingHours,
    @DefaultValue List<String> closures,
    @DefaultValue("true") boolean frenchPublicHolidays) {

  public IvrSettings {
    openingHours = List.copyOf(openingHours);
    closures = List.copyOf(closures);
    openingRules(openingHours);
    closurePeriods(closures);
  }

  public List<OpeningRule> openingRules() {
    return openingRules(openingHours);
  }

  public List<Closure> closurePeriods() {
    return closurePeriods(closures);
  }

  private static List<OpeningRule> openingRules(List<String> texts) {
    return parsed("hotline.ivr.opening-hours", texts, OpeningRule::parse);
  }

  private static List<Closure> closurePeriods(List<String> texts) {
    return parsed("hotline.ivr.closures", texts, Closure::parse);
  }

  /** Parses each text, naming the setting and the text that does not parse. */
  private static <T> List<T> parsed(
      String property, List<String> texts, Function<String, T> parser) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        values.add(parser.apply(texts.get(i)));
      } catch (IllegalArgumentException invalid) {
        throw new InvalidSetting(property + "[" + i + "]", texts.get(i), invalid.getMessage());
      }
    }
    return values;
  }
}
