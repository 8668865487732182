package fr.cci.hotline.advisors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Records every {@link PresenceChanged} and {@link PhoneReachabilityChanged}, from any thread, for
 * the tests to read per advisor.
 */
@TestComponent
public class PresenceChanges {

  private final List<PresenceChanged> changes = new CopyOnWriteArrayList<>();
  private final List<PhoneReachabilityChanged> phones = new CopyOnWriteArrayList<>();

  @EventListener
  void record(PresenceChanged change) {
    changes.add(change);
  }

  @EventListener
  void record(PhoneReachabilityChanged change) {
    phones.add(change);
  }

  /** Whether the advisor's phone could ring, at each change, in order. */
  public List<Boolean> reachabilityOf(String advisorId) {
    return phones.stream()
        .filter(change -> change.advisorId().equals(advisorId))
        .map(PhoneReachabilityChanged::reachable)
        .toList();
  }

  public List<PresenceChanged> of(String advisorId) {
    return changes.stream().filter(change -> change.advisorId().equals(advisorId)).toList();
  }

  /** The states the advisor moved to, in order ({@code AVAILABLE, RINGING, …}). */
  public List<PresenceState> movesOf(String advisorId) {
    return of(advisorId).stream()
        .filter(change -> change.from() != change.to())
        .map(PresenceChanged::to)
        .toList();
  }
}
