package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.support.PeriodicWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Ends wrap-ups when their time is over (WRAP_UP → AVAILABLE) so that the stored state and the
 * pages tell the truth and routing hears that someone became free. Every instance runs it; the
 * compare-and-set lets one of them win each time.
 */
@Component
class WrapUpEnd extends PeriodicWork {

  private static final Duration PERIOD = Duration.ofSeconds(1);

  private final PresenceTable table;
  private final PresenceRules rules;
  private final PresenceTransitions transitions;
  private final Clock clock;

  WrapUpEnd(
      PresenceTable table, PresenceRules rules, PresenceTransitions transitions, Clock clock) {
    super("wrap-up-end");
    this.table = table;
    this.rules = rules;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  protected List<Task> tasks() {
    return List.of(every(PERIOD, "Ending wrap-ups", this::endWrapUpsOver));
  }

  /** Ends every wrap-up that is over at the clock's current time. */
  void endWrapUpsOver() {
    Instant now = clock.instant();
    for (PresenceRow row : table.findWrapUpsOver(now)) {
      transitions.apply(row.advisor().id(), current -> rules.wrapUpOver(current, now));
    }
  }
}
