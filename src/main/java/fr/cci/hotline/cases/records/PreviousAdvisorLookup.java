package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CasesSettings;
import fr.cci.hotline.cases.journal.Timeouts;
import fr.cci.hotline.routing.FindPreviousAdvisor;
import fr.cci.hotline.support.DaemonThreads;
import fr.cci.hotline.support.DatabaseAvailability;
import fr.cci.hotline.telephony.CallerNumber;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names the advisor who answered the caller's most recent answered case within the link window.
 * Routing asks on the caller's thread, so the query runs on a small pool of its own and the caller
 * waits at most {@code hotline.cases.lookup-timeout}: a slow, busy or absent database only means
 * "no previous advisor". The caller's earlier cases still in the journal are not seen.
 */
@Component
class PreviousAdvisorLookup implements FindPreviousAdvisor, DisposableBean {

  private static final int THREADS = 4;
  private static final int QUEUED = 64;

  private final StoredCases cases;
  private final DatabaseAvailability database;
  private final TransactionTemplate readOnly;
  private final Duration window;
  private final Duration timeout;
  private final Clock clock;
  private final Counter unanswered;
  private final ThreadPoolExecutor executor;

  PreviousAdvisorLookup(
      StoredCases cases,
      DatabaseAvailability database,
      PlatformTransactionManager transactionManager,
      CasesSettings settings,
      Clock clock,
      MeterRegistry meters) {
    this.cases = cases;
    this.database = database;
    this.window = settings.linkWindow();
    this.timeout = settings.lookupTimeout();
    this.clock = clock;
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
    // A backstop that frees the pool's threads; the caller itself waits only for lookupTimeout.
    this.readOnly.setTimeout(Timeouts.seconds(timeout));
    this.unanswered =
        Counter.builder("hotline.cases.lookups.unanswered")
            .description("Previous-advisor lookups given up (database slow, busy or down)")
            .register(meters);
    this.executor =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED),
            DaemonThreads.numbered("case-lookup"));
  }

  @Override
  public Optional<String> previousAdvisorOf(CallerNumber callerNumber) {
    if (!callerNumber.presented() || window.isZero()) {
      return Optional.empty();
    }
    if (!database.available()) {
      unanswered.increment();
      return Optional.empty();
    }
    Future<Optional<String>> answer;
    try {
      answer = executor.submit(() -> query(callerNumber.value()));
    } catch (RejectedExecutionException busy) {
      unanswered.increment();
      return Optional.empty();
    }
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException slowOrFailed) {
      answer.cancel(false);
      unanswered.increment();
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      answer.cancel(false);
      return Optional.empty();
    }
  }

  private Optional<String> query(String callerNumber) {
    return readOnly.execute(
        status ->
            cases
                .advisorsWhoAnswered(
                    callerNumber, clock.instant().minus(window), PageRequest.of(0, 1))
                .stream()
                .findFirst());
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
