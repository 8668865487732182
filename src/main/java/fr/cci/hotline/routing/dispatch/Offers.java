package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.routing.AdvisorOffered;
import fr.cci.hotline.routing.line.WaitingEntry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells a caller waiting on this instance that an advisor was reserved for them, at once rather
 * than at their next look at the database, and announces each offer.
 */
@Component
public class Offers {

  private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
  private final AdvisorDirectory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Offers(AdvisorDirectory directory, ApplicationEventPublisher events, Clock clock) {
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  /** A caller on this instance starts waiting; the future completes with the advisor's id. */
  public CompletableFuture<String> await(String callId) {
    CompletableFuture<String> offer = new CompletableFuture<>();
    waiting.put(callId, offer);
    return offer;
  }

  public void stopWaiting(String callId) {
    waiting.remove(callId);
  }

  boolean anyoneWaiting() {
    return !waiting.isEmpty();
  }

  /** An offer found in the line for a caller of this instance (made by any instance). */
  void notice(String callId, String advisorId) {
    CompletableFuture<String> offer = waiting.remove(callId);
    if (offer != null) {
      offer.complete(advisorId);
    }
  }

  void offered(WaitingEntry entry, String advisorId) {
    String chamber = directory.find(advisorId).map(advisor -> advisor.chamber()).orElse(null);
    events.publishEvent(
        new AdvisorOffered(
            entry.caseNumber(), entry.callId(), advisorId, chamber, clock.instant()));
    CompletableFuture<String> offer = waiting.remove(entry.callId());
    if (offer != null) {
      offer.complete(advisorId);
    }
  }
}
