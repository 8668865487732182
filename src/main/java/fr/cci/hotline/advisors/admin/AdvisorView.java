package fr.cci.hotline.advisors.admin;

import fr.cci.hotline.advisors.directory.AdvisorRecord;
import java.util.List;
import java.util.Map;

/** An advisor as the admin API shows it. */
record AdvisorView(
    String id,
    String name,
    String chamber,
    String chamberName,
    String phone,
    boolean external,
    List<String> departments,
    boolean active,
    String username) {

  static AdvisorView of(AdvisorRecord advisor, Map<String, String> chamberNames) {
    return new AdvisorView(
        advisor.getId(),
        advisor.name(),
        advisor.chamber(),
        chamberNames.getOrDefault(advisor.chamber(), advisor.chamber()),
        advisor.phone(),
        advisor.phone().contains("@"),
        advisor.departments().stream().sorted().toList(),
        advisor.active(),
        advisor.username());
  }
}
