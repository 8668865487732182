package fr.cci.hotline.routing.policy;

import java.time.Duration;

/**
 * The pool widens with the caller's wait: the own chamber first, then every chamber serving the
 * département, then all of Normandy.
 */
public record PoolWidening(Duration toDepartmentAfter, Duration toRegionAfter) {

  /** The farthest tier a caller who has waited {@code waited} may be given to. */
  public Tier widestTier(Duration waited) {
    if (waited.compareTo(toRegionAfter) >= 0) {
      return Tier.REGION;
    }
    if (waited.compareTo(toDepartmentAfter) >= 0) {
      return Tier.DEPARTMENT;
    }
    return Tier.HOME_CHAMBER;
  }
}
