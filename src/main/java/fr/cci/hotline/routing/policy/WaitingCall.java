package fr.cci.hotline.routing.policy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A caller waiting for an advisor, as the policy sees them.
 *
 * @param departmentChambers the chambers serving the caller's département, the usual one first;
 *     empty when the département is unknown or outside Normandy (the regional pool)
 * @param previousAdvisor who handled the caller's last case, or null
 * @param tried advisors already offered this call
 */
public record WaitingCall(
    String callId,
    String department,
    List<String> departmentChambers,
    String previousAdvisor,
    Set<String> tried,
    Instant arrivedAt) {

  public WaitingCall {
    departmentChambers = List.copyOf(departmentChambers);
    tried = Set.copyOf(tried);
  }

  /** The caller's own chamber, or null for the regional pool. */
  public String homeChamber() {
    return departmentChambers.isEmpty() ? null : departmentChambers.get(0);
  }
}
