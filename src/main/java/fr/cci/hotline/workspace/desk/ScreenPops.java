package fr.cci.hotline.workspace.desk;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseFiles;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.routing.AdvisorOffered;
import fr.cci.hotline.routing.OfferDeclined;
import fr.cci.hotline.support.DaemonThreads;
import fr.cci.hotline.telephony.DialStarted;
import fr.cci.hotline.workspace.WorkspaceSettings;
import fr.cci.hotline.workspace.desk.DeskStreams.Subscriber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the case on the advisor's screen when routing offers them a call (live calls and call-backs
 * alike: both are {@link AdvisorOffered}), and takes it down when the offer is declined. The events
 * come on callers' threads, which must not wait: the work is handed to a thread of its own.
 */
@Component
class ScreenPops implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ScreenPops.class);
  private static final Duration POLL = Duration.ofMillis(25);

  private final DeskStreams streams;
  private final CaseRecords records;
  private final CaseFiles files;
  private final CaseCards cards;
  private final DeskFragments fragments;
  private final AdvisorDirectory advisors;
  private final Duration caseWait;
  private final Clock clock;

  /** The case last put on each advisor's screen; only the screen-pop thread touches it. */
  private final Map<String, String> shown = new HashMap<>();

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(DaemonThreads.named("screen-pops"));

  ScreenPops(
      DeskStreams streams,
      CaseRecords records,
      CaseFiles files,
      CaseCards cards,
      DeskFragments fragments,
      AdvisorDirectory advisors,
      WorkspaceSettings settings,
      Clock clock) {
    this.streams = streams;
    this.records = records;
    this.files = files;
    this.cards = cards;
    this.fragments = fragments;
    this.advisors = advisors;
    this.caseWait = settings.caseWait();
    this.clock = clock;
  }

  @EventListener
  void offered(AdvisorOffered offer) {
    if (offer.advisorId() != null && !streams.of(offer.advisorId()).isEmpty()) {
      executor.execute(() -> pop(offer.advisorId(), offer.caseNumber(), offer.at()));
    }
  }

  /** A phone rang for a caller: the advisor whose phone it is, the case whose call it is. */
  @EventListener
  void dialled(DialStarted dial) {
    if (streams.anyOpen() && dial.callerUniqueId() != null && !dial.callerUniqueId().isEmpty()) {
      executor.execute(
          () ->
              advisors
                  .findByPhone(dial.dialString())
                  .filter(advisor -> !streams.of(advisor.id()).isEmpty())
                  .ifPresent(
                      advisor ->
                          records
                              .caseNumberOfCall(dial.callerUniqueId())
                              .ifPresent(number -> pop(advisor.id(), number, dial.at()))));
    }
  }

  @EventListener
  void declined(OfferDeclined declined) {
    if (declined.advisorId() != null) {
      executor.execute(
          () -> {
            shown.remove(declined.advisorId(), declined.caseNumber());
            streams
                .of(declined.advisorId())
                .forEach(page -> streams.send(page, "case-withdrawn", declined.caseNumber()));
          });
    }
  }

  private void pop(String advisorId, String caseNumber, Instant ringAt) {
    if (caseNumber.equals(shown.put(advisorId, caseNumber))) {
      return; // the other fact about the same ring
    }
    try {
      Optional<CaseDetails> details = awaitCase(caseNumber, advisorId);
      String advisorName = advisors.find(advisorId).map(Advisor::name).orElse(advisorId);
      for (Subscriber page : streams.of(advisorId)) {
        Optional<CaseDetails> shown =
            details.flatMap(found -> files.screenPop(page.viewer(), caseNumber));
        String html =
            shown
                .map(found -> fragments.currentCase(cards.card(found, ringAt)))
                .orElseGet(() -> fragments.unknownCase(caseNumber, advisorName));
        streams.send(page, "case-offered", html);
      }
    } catch (RuntimeException failure) {
      // The phone still rings: the advisor opens the case from « Dossiers ». Never the case data.
      log.warn("Screen pop of a case failed: {}", failure.getClass().getSimpleName());
    }
  }

  /**
   * The case as the database has it once it shows this offer: the case journal applies a call's
   * events in order, so the menu's answers (topic, département) are then in it too. They usually
   * are within milliseconds; after {@code hotline.workspace.case-wait} the case is shown as it is.
   */
  private Optional<CaseDetails> awaitCase(String caseNumber, String advisorId) {
    Instant deadline = clock.instant().plus(caseWait);
    Optional<CaseDetails> found = records.find(caseNumber);
    while (!found.filter(details -> offeredTo(details, advisorId)).isPresent()
        && clock.instant().isBefore(deadline)) {
      LockSupport.parkNanos(POLL.toNanos());
      found = records.find(caseNumber);
    }
    return found;
  }

  private static boolean offeredTo(CaseDetails details, String advisorId) {
    return details.offers().stream().anyMatch(offer -> advisorId.equals(offer.advisorId()));
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
