package fr.cci.hotline.advisors.directory;

import java.util.List;

/**
 * What describes an advisor, from the seed file or the admin API, before it is checked.
 *
 * @param username the user account that signs in as this advisor, or null
 */
public record AdvisorDescription(
    String id,
    String name,
    String chamber,
    String phone,
    List<String> departments,
    String username) {

  public AdvisorDescription {
    departments = departments == null ? List.of() : List.copyOf(departments);
    username = username == null || username.isBlank() ? null : username.trim();
  }
}
