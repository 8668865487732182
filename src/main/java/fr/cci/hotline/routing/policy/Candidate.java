package fr.cci.hotline.routing.policy;

import java.time.Instant;
import java.util.Set;

/**
 * An advisor as the policy sees them.
 *
 * @param free logged in, not paused, not on or offered a call, wrap-up over
 * @param reachable the phone can ring (registered, not busy elsewhere)
 * @param idleSince when they last became free: the longest idle is preferred
 */
public record Candidate(
    String advisorId,
    String chamber,
    Set<String> departments,
    boolean free,
    boolean reachable,
    Instant idleSince) {

  public Candidate {
    departments = Set.copyOf(departments);
  }
}
