package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.SelectionPolicy;
import fr.cci.hotline.routing.policy.WaitingCall;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One dispatch pass: the waiting callers in arrival order, each given the best free advisor the
 * policy allows. Passes of all instances take turns through a database lock, so the longest waiting
 * caller an advisor is eligible for gets them, whichever instance notices first.
 */
@Component
class Dispatcher {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  /** A waiting row whose instance has not beaten for this long belongs to a dead instance. */
  static final Duration HEARTBEAT_TIMEOUT = WaitingLine.HEARTBEAT_TIMEOUT;

  private final WaitingLine line;
  private final Presence presence;
  private final Chambers chambers;
  private final SelectionPolicy policy;
  private final Offers offers;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Dispatcher(
      WaitingLine line,
      Presence presence,
      Chambers chambers,
      SelectionPolicy policy,
      Offers offers,
      TransactionTemplate transactions,
      Clock clock) {
    this.line = line;
    this.presence = presence;
    this.chambers = chambers;
    this.policy = policy;
    this.offers = offers;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Runs one pass; returns how many callers were offered an advisor. */
  int pass() {
    List<Offer> made = transactions.execute(status -> dispatch(clock.instant()));
    if (made == null) {
      return 0;
    }
    // Only once committed may the callers dial: before, another instance could not see the offer.
    made.forEach(offer -> offers.offered(offer.entry(), offer.advisorId()));
    return made.size();
  }

  private record Offer(WaitingEntry entry, String advisorId) {}

  private List<Offer> dispatch(Instant now) {
    line.lockForDispatch();
    List<WaitingEntry> waiting = line.waiting(now.minus(HEARTBEAT_TIMEOUT));
    List<Offer> made = new ArrayList<>();
    if (waiting.isEmpty()) {
      return made;
    }
    List<AdvisorStatus> statuses = new ArrayList<>(presence.statuses());
    for (WaitingEntry entry : waiting) {
      Optional<Candidate> chosen =
          policy.choose(waitingCall(entry), candidates(statuses, now), now);
      if (chosen.isEmpty()) {
        continue;
      }
      String advisorId = chosen.get().advisorId();
      statuses.removeIf(status -> status.advisor().id().equals(advisorId));
      if (!presence.reserve(advisorId, entry.callId(), now)) {
        continue; // someone else took them between our read and now: next pass
      }
      if (!line.offer(entry.callId(), advisorId, now)) {
        presence.offerFailed(advisorId, entry.callId(), DialStatus.CANCEL, now);
        continue;
      }
      made.add(new Offer(entry, advisorId));
    }
    if (!made.isEmpty()) {
      log.debug("Dispatch pass offered {} of {} waiting callers", made.size(), waiting.size());
    }
    return made;
  }

  private WaitingCall waitingCall(WaitingEntry entry) {
    List<String> serving =
        entry.department() == null ? List.of() : chambers.serving(entry.department());
    return new WaitingCall(
        entry.callId(),
        entry.department(),
        serving,
        entry.previousAdvisor(),
        entry.tried(),
        entry.arrivedAt());
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
