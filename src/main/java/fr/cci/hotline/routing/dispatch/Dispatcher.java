package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.callback.CallbackDialer;
import fr.cci.hotline.routing.callback.CallbackTurns;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.SelectionPolicy;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One dispatch pass: the waiting callers and the pending call-backs in arrival order, each given
 * the best free advisor the policy allows. Passes of all instances take turns through a database
 * lock, so the longest waiting caller an advisor is eligible for gets them, whichever instance
 * notices first, and a call-back is offered by one pass only.
 */
@Component
class Dispatcher {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  /** A waiting row whose instance has not beaten for this long belongs to a dead instance. */
  static final Duration HEARTBEAT_TIMEOUT = WaitingLine.HEARTBEAT_TIMEOUT;

  private final WaitingLine line;
  private final CallbackTurns callbacks;
  private final CallbackDialer dialer;
  private final Presence presence;
  private final Chambers chambers;
  private final SelectionPolicy policy;
  private final Offers offers;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Dispatcher(
      WaitingLine line,
      CallbackTurns callbacks,
      CallbackDialer dialer,
      Presence presence,
      Chambers chambers,
      SelectionPolicy policy,
      Offers offers,
      TransactionTemplate transactions,
      Clock clock) {
    this.line = line;
    this.callbacks = callbacks;
    this.dialer = dialer;
    this.presence = presence;
    this.chambers = chambers;
    this.policy = policy;
    this.offers = offers;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Runs one pass; returns how many callers and call-backs were offered an advisor. */
  int pass() {
    List<Offer> made = transactions.execute(status -> dispatch(clock.instant()));
    if (made == null) {
      return 0;
    }
    // Only once committed may the callers dial: before, another instance could not see the offer.
    for (Offer offer : made) {
      if (offer.turn().live() != null) {
        offers.offered(offer.turn().live(), offer.advisorId());
      } else {
        dialer.dial(offer.turn().callback(), offer.advisorId(), offer.callId());
      }
    }
    return made.size();
  }

  /**
   * @param callId the caller's channel, or the call-back's advisor leg to be
   */
  private record Offer(Turn turn, String advisorId, String callId) {}

  private List<Offer> dispatch(Instant now) {
    line.lockForDispatch();
    List<Turn> turns =
        Turn.inArrivalOrder(line.waiting(now.minus(HEARTBEAT_TIMEOUT)), callbacks.due(now));
    List<Offer> made = new ArrayList<>();
    if (turns.isEmpty()) {
      return made;
    }
    List<AdvisorStatus> statuses = new ArrayList<>(presence.statuses());
    for (Turn turn : turns) {
      Optional<Candidate> chosen =
          policy.choose(turn.waitingCall(chambers::serving), candidates(statuses, now), now);
      if (chosen.isEmpty()) {
        continue;
      }
      String advisorId = chosen.get().advisorId();
      statuses.removeIf(status -> status.advisor().id().equals(advisorId));
      String callId = turn.live() != null ? turn.live().callId() : UUID.randomUUID().toString();
      if (!presence.reserve(advisorId, callId, now)) {
        continue; // someone else took them between our read and now: next pass
      }
      boolean offered =
          turn.live() != null
              ? line.offer(callId, advisorId, now)
              : callbacks.offer(turn.callback(), advisorId, callId, now);
      if (!offered) {
        presence.offerFailed(advisorId, callId, DialStatus.CANCEL, now);
        continue;
      }
      made.add(new Offer(turn, advisorId, callId));
    }
    if (!made.isEmpty()) {
      log.debug("Dispatch pass offered {} of {} turns", made.size(), turns.size());
    }
    return made;
  }

  private static List<Candidate> candidates(List<AdvisorStatus> statuses, Instant now) {
    return statuses.stream()
        .map(
            status ->
                new Candidate(
                    status.advisor().id(),
                    status.advisor().chamber(),
                    status.advisor().departments(),
                    status.free(now),
                    status.reachable(),
                    status.idleSince()))
        .toList();
  }
}
