package fr.cci.hotline.routing.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the advisor for a waiting call in two steps: who is eligible, then who is best. Best is
 * the caller's previous advisor when eligible, else the closest tier, then the longest idle.
 */
public final class SelectionPolicy {

  private final PoolWidening widening;

  public SelectionPolicy(PoolWidening widening) {
    this.widening = widening;
  }

  public Optional<Candidate> choose(
      WaitingCall call, Collection<Candidate> candidates, Instant now) {
    List<Candidate> eligible =
        candidates.stream()
            .filter(EligibilityRules::isFree)
            .filter(EligibilityRules::canRing)
            .filter(candidate -> EligibilityRules.withinPool(candidate, call, widening, now))
            .toList();
    List<Candidate> untried =
        eligible.stream()
            .filter(candidate -> EligibilityRules.notYetTried(candidate, call))
            .toList();
    // Once everyone in the pool has been tried, they may be tried again rather than leave a free
    // advisor idle while the caller waits; repeated no-answers pause an advisor anyway.
    List<Candidate> pool = untried.isEmpty() ? eligible : untried;
    Optional<Candidate> previous =
        pool.stream()
            .filter(candidate -> candidate.advisorId().equals(call.previousAdvisor()))
            .findFirst();
    if (previous.isPresent()) {
      return previous;
    }
    return pool.stream()
        .min(
            Comparator.comparing((Candidate candidate) -> Tier.of(candidate, call))
                .thenComparing(
                    Candidate::idleSince, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Candidate::advisorId));
  }
}
