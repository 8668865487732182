package fr.cci.hotline.cases.journal;

import fr.cci.hotline.cases.CasesSettings;
import fr.cci.hotline.support.Backoff;
import fr.cci.hotline.support.DaemonThreads;
import fr.cci.hotline.support.DatabaseAvailability;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The one thread that writes the journal to the database, oldest entry first, a batch per
 * transaction. When the database fails it keeps the entries and tries again with back-off, logging
 * once when writing stops and once when it resumes. When the database answers but refuses a batch,
 * the entries are tried one by one, and an entry refused {@value #ATTEMPTS} times is set aside in
 * the rejected spool file so that it does not hold up the calls behind it.
 */
@Component
class CaseWriter implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CaseWriter.class);
  private static final int BATCH = 100;
  private static final int ATTEMPTS = 3;
  private static final Duration IDLE_WAIT = Duration.ofMillis(500);
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);

  private final CaseJournal journal;
  private final EntryHandler updates;
  private final DatabaseAvailability database;
  private final PlatformTransactionManager transactions;
  private final DefaultTransactionDefinition writing = new DefaultTransactionDefinition();
  private final Backoff backoff;
  private final Map<String, Integer> refusals = new HashMap<>();
  private volatile boolean stopping;
  private volatile CountDownLatch stopRequested = new CountDownLatch(0);
  private Thread thread;

  CaseWriter(
      CaseJournal journal,
      EntryHandler updates,
      DatabaseAvailability database,
      PlatformTransactionManager transactionManager,
      CasesSettings settings) {
    this.journal = journal;
    this.updates = updates;
    this.database = database;
    this.transactions = transactionManager;
    this.writing.setTimeout(Timeouts.seconds(settings.writeTimeout()));
    this.backoff = new Backoff(settings.retryDelay(), settings.retryMaxDelay());
  }

  @Override
  public synchronized void start() {
    stopping = false;
    stopRequested = new CountDownLatch(1);
    thread = DaemonThreads.start("case-writer", this::run);
  }

  /** Writes what it can for a few seconds, then leaves the rest in the spool for the next start. */
  @Override
  public synchronized void stop() {
    stopping = true;
    stopRequested.countDown();
    journal.wakeUp();
    try {
      thread.join(DRAIN_GRACE.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      log.warn(
          "The case writer did not finish in time: {} event(s) stay in the journal", pending());
    }
    thread = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return thread != null;
  }

  /** Starts before and stops after the FastAGI server, so that the last calls' events are kept. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 100;
  }

  private void run() {
    try {
      while (step()) {
        // one batch at a time, until stopped
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes one batch, or waits for one; returns false once the writer should end. */
  private boolean step() throws InterruptedException {
    try {
      List<JournalEntry> batch = journal.awaitBatch(BATCH, stopping ? Duration.ZERO : IDLE_WAIT);
      if (batch.isEmpty()) {
        return !stopping;
      }
      journal.sync();
      if (write(batch)) {
        return true;
      }
    } catch (RuntimeException bug) {
      // Whatever it is, the entries stay in the journal: pause, then carry on.
      log.error("The case writer failed unexpectedly ({})", Failures.describe(bug));
    }
    if (stopping) {
      return false;
    }
    stopRequested.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    return true;
  }

  /** Returns false when the writer should pause before trying again. */
  private boolean write(List<JournalEntry> batch) {
    try {
      inTransaction(() -> updates.apply(batch));
      written(batch.size());
      return true;
    } catch (RuntimeException failure) {
      if (retryLater(failure)) {
        return false;
      }
      return writeOneByOne(batch);
    }
  }

  private boolean writeOneByOne(List<JournalEntry> batch) {
    for (JournalEntry entry : batch) {
      try {
        inTransaction(() -> updates.apply(List.of(entry)));
        refusals.remove(entry.id());
        written(1);
      } catch (RuntimeException failure) {
        if (retryLater(failure)) {
          return false;
        }
        int refused = refusals.merge(entry.id(), 1, Integer::sum);
        if (refused < ATTEMPTS) {
          log.warn(
              "Case {}: {} refused by the database, attempt {} of {} ({})",
              entry.caseNumber(),
              entry.kind(),
              refused,
              ATTEMPTS,
              Failures.describe(failure));
          return false;
        }
        log.error(
            "Case {}: {} refused {} times, set aside in the rejected spool file ({})",
            entry.caseNumber(),
            entry.kind(),
            refused,
            Failures.describe(failure));
        refusals.remove(entry.id());
        journal.reject(entry);
      }
    }
    return true;
  }

  /**
   * Like a {@code TransactionTemplate}, except that a failed rollback (the connection is gone) does
   * not hide the failure that tells an outage from a refusal, nor log it with its message.
   */
  private void inTransaction(Runnable work) {
    TransactionStatus transaction = transactions.getTransaction(writing);
    try {
      work.run();
    } catch (RuntimeException failure) {
      try {
        transactions.rollback(transaction);
      } catch (RuntimeException rollbackFailed) {
        failure.addSuppressed(rollbackFailed);
      }
      throw failure;
    }
    transactions.commit(transaction);
  }

  /**
   * Whether to pause and try the same entries again: the database is unreachable, or busy (a time
   * out, a lock, a conflicting update). Otherwise the entry itself is refused.
   */
  private boolean retryLater(RuntimeException failure) {
    if (DatabaseAvailability.noConnection(failure) || !database.answers()) {
      if (database.markUnavailable()) {
        log.warn(
            "Case records cannot be written ({}): {} event(s) wait in the journal, retrying",
            Failures.describe(failure),
            pending());
      }
      return true;
    }
    return Failures.transientFailure(failure);
  }

  private void written(int count) {
    journal.applied(count);
    backoff.reset();
    if (database.markAvailable()) {
      log.info("Case records are written again; {} event(s) still to write", pending());
    }
  }

  private int pending() {
    return journal.pending();
  }
}
