package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.advisors.PhoneReachabilityChanged;
import fr.cci.hotline.advisors.PresenceChanged;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.telephony.DeviceState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a presence rule to an advisor's stored row with compare-and-set: read, decide, write if
 * nobody wrote in between, else read again. Each real change is announced with {@link
 * PresenceChanged} once it is committed, and a phone that can or cannot ring any more with {@link
 * PhoneReachabilityChanged}.
 */
@Component
public class PresenceTransitions {

  private static final Logger log = LoggerFactory.getLogger(PresenceTransitions.class);

  /** Conflicts only come from another transition on the same advisor at the same moment. */
  private static final int ATTEMPTS = 5;

  private final PresenceTable table;
  private final ApplicationEventPublisher events;
  private final Counter reservationsWon;
  private final Counter reservationsLost;

  PresenceTransitions(PresenceTable table, ApplicationEventPublisher events, MeterRegistry meters) {
    this.table = table;
    this.events = events;
    this.reservationsWon =
        Counter.builder("hotline.advisors.reservations")
            .tag("outcome", "won")
            .description("Attempts to reserve an advisor for a call")
            .register(meters);
    this.reservationsLost =
        Counter.builder("hotline.advisors.reservations").tag("outcome", "lost").register(meters);
  }

  /**
   * Applies {@code rule} to the advisor's current row until it is written or there is nothing to
   * do.
   *
   * @return the decision that was carried out; empty for an unknown advisor
   */
  public Optional<Decision> apply(String advisorId, Function<PresenceRow, Decision> rule) {
    return write(advisorId, rule, false);
  }

  /** Free and reachable → RINGING; false when another call or instance came first. */
  boolean reserve(String advisorId, Function<PresenceRow, Decision> rule) {
    boolean won = write(advisorId, rule, true).map(Decision::changes).orElse(false);
    (won ? reservationsWon : reservationsLost).increment();
    return won;
  }

  /**
   * Stores the phone's state as the PBX reports it, unless a newer report is already stored ({@code
   * reportedAt} is the PBX's time: an instance that hears an event late must not undo what another
   * stored from a later one); announces when the phone can ring again or not.
   */
  public void phoneChanged(
      PresenceRow before, DeviceState device, boolean registered, Instant reportedAt, Instant now) {
    if (before.phone().equals(new PresenceRow.Phone(device, registered))) {
      return;
    }
    if (!table.updatePhone(before, device, registered, reportedAt)) {
      return;
    }
    PresenceRow after = before.withPhoneState(device, registered);
    if (after.reachable() != before.reachable()) {
      publish(
          new PhoneReachabilityChanged(
              before.advisor().id(),
              before.advisor().chamber(),
              before.state(),
              after.reachable(),
              now));
    }
  }

  private Optional<Decision> write(
      String advisorId, Function<PresenceRow, Decision> rule, boolean reservation) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<PresenceRow> stored = table.find(advisorId);
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      PresenceRow current = stored.get();
      Decision decision = rule.apply(current);
      if (!decision.changes()) {
        return Optional.of(decision);
      }
      if (reservation && !current.reachable()) {
        return Optional.of(Decision.refused("advisors.presence.refused.not-free"));
      }
      if (table.replace(current, decision.next(), reservation)) {
        announce(current, decision.next());
        return Optional.of(decision);
      }
      if (reservation && !table.find(advisorId).map(PresenceRow::reachable).orElse(false)) {
        return Optional.of(Decision.refused("advisors.presence.refused.not-free"));
      }
    }
    log.warn(
        "Presence of {} kept changing under us; gave up after {} attempts", advisorId, ATTEMPTS);
    return Optional.of(Decision.unchanged());
  }

  private void announce(PresenceRow before, PresenceRow after) {
    boolean moved = before.state() != after.state();
    String reason = after.status().pauseReason();
    boolean paused = after.state() == PresenceState.PAUSED;
    boolean newPauseReason = paused && !Objects.equals(before.status().pauseReason(), reason);
    if (moved || newPauseReason) {
      publish(
          new PresenceChanged(
              after.advisor().id(),
              after.advisor().chamber(),
              before.state(),
              after.state(),
              paused ? reason : null,
              after.status().since()));
    }
  }

  /** After the commit when a transaction is running, so listeners never see a rolled-back row. */
  private void publish(Object change) {
    AfterCommit.run(() -> events.publishEvent(change));
  }
}
