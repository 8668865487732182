package fr.cci.hotline.cases;

import fr.cci.hotline.accounts.Role;
import java.util.Set;

/**
 * Who reads or changes cases, as the access rules and the audit trail need them.
 *
 * @param username the signed-in user
 * @param roles their roles
 * @param advisorId the advisor the account signs in as, or null
 * @param chamber that advisor's chamber, or null
 * @param address where the request came from (the audit trail records it)
 */
public record Viewer(
    String username, Set<Role> roles, String advisorId, String chamber, String address) {

  public Viewer {
    roles = Set.copyOf(roles);
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  /** Supervisors and administrators read every case. */
  public boolean readsEverything() {
    return is(Role.SUPERVISOR) || is(Role.ADMIN);
  }
}
