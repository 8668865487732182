package fr.cci.hotline.advisors;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The chambers and the départements they serve, from {@code hotline.advisors.*}. */
@Component
public class Chambers {

  private final AdvisorsSettings settings;

  Chambers(AdvisorsSettings settings) {
    this.settings = settings;
  }

  /** The chambers serving a département, the usual one first; empty outside Normandy. */
  public List<String> serving(String department) {
    return settings.departments().getOrDefault(department, List.of());
  }

  public boolean isNormandy(String department) {
    return AdvisorsSettings.NORMANDY.contains(department);
  }

  /** Chamber code → name. */
  public Map<String, String> names() {
    return settings.chambers();
  }

  /** The départements a chamber serves. */
  public List<String> departmentsOf(String chamber) {
    return settings.departments().entrySet().stream()
        .filter(department -> department.getValue().contains(chamber))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
