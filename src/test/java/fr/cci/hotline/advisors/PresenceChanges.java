package fr.cci.hotline.advisors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Records every {@link PresenceChanged}, from any thread, for the tests to read per advisor. */
@TestComponent
public class PresenceChanges {

  private final List<PresenceChanged> changes = new CopyOnWriteArrayList<>();

  @EventListener
  void record(PresenceChanged change) {
    changes.add(change);
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
