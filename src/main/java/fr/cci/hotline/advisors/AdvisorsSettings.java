package fr.cci.hotline.advisors;

import fr.cci.hotline.InvalidSetting;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Chambers, which départements they serve, and presence rules ({@code hotline.advisors.*}).
 *
 * @param chambers chamber code → display name (e.g. {@code caen → CCI Caen Normandie})
 * @param departments département number → the chambers serving it, the usual one first
 * @param seed the advisors loaded into an empty database at first start
 * @param wrapUp time after a call before the advisor is offered another one
 * @param maxConsecutiveNoAnswers unanswered offers in a row after which an advisor is paused
 */
@Validated
@ConfigurationProperties("hotline.advisors")
public record AdvisorsSettings(
    @NotEmpty Map<String, String> chambers,
    @NotEmpty Map<String, List<String>> departments,
    @DefaultValue("classpath:advisors/seed.yml") String seed,
    @DefaultValue("30s") @DurationMin(millis = 0) Duration wrapUp,
    @DefaultValue("2") @Min(1) int maxConsecutiveNoAnswers) {

  /** The départements of Normandy: each must be served by at least one chamber. */
  public static final Set<String> NORMANDY = Set.of("14", "27", "50", "61", "76");

  public AdvisorsSettings {
    chambers = chambers == null ? Map.of() : Map.copyOf(chambers);
    departments = departments == null ? Map.of() : new LinkedHashMap<>(departments);
    Set<String> missing = new TreeSet<>(NORMANDY);
    missing.removeAll(departments.keySet());
    if (!missing.isEmpty()) {
      throw new InvalidSetting(
          "hotline.advisors.departments", missing, "no chamber for département(s) " + missing);
    }
    for (Map.Entry<String, List<String>> department : departments.entrySet()) {
      String key = "hotline.advisors.departments." + department.getKey();
      if (department.getValue() == null || department.getValue().isEmpty()) {
        throw new InvalidSetting(key, "[]", "a département needs at least one chamber");
      }
      for (String chamber : department.getValue()) {
        if (!chambers.containsKey(chamber)) {
          throw new InvalidSetting(
              key, chamber, "unknown chamber (not in hotline.advisors.chambers)");
        }
      }
    }
    departments = Map.copyOf(departments);
  }
}
