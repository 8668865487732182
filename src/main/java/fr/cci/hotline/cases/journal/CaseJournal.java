package fr.cci.hotline.cases.journal;

import fr.cci.hotline.cases.CasesSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The events waiting to be written to the case records, in the order they happened. Callers'
 * threads append and return at once; the entries wait in memory for the {@link CaseWriter} and are
 * also spooled to a local file, so that a restart during a database outage loses none: a new
 * journal on the same directory starts with them. Applied entries leave the memory, and the spool
 * is emptied whenever the writer has caught up.
 */
@Component
class CaseJournal implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(CaseJournal.class);

  /** Under steady load the writer may never catch up exactly: rewrite the spool now and then. */
  private static final int COMPACT_AFTER = 10_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition entriesArrived = lock.newCondition();
  private final Deque<JournalEntry> entries = new ArrayDeque<>();
  private final AtomicInteger pending = new AtomicInteger();
  private final EntryCodec codec = new EntryCodec();
  private final Clock clock;
  private final SpoolFile spool;
  private final Counter rejected;
  private boolean spoolFailing;
  private boolean spoolIncomplete;
  private int appliedSinceCompaction;

  @Autowired
  CaseJournal(CasesSettings settings, Clock clock, MeterRegistry meters) {
    this(settings.journalDir(), clock, meters);
  }

  /** Opens the journal of {@code directory}, with the entries a previous run left unwritten. */
  CaseJournal(Path directory, Clock clock, MeterRegistry meters) {
    this.clock = clock;
    try {
      this.spool = SpoolFile.claim(directory);
      recover();
    } catch (IOException failure) {
      throw new UncheckedIOException(
          "The case journal cannot use hotline.cases.journal-dir = " + directory, failure);
    }
    Gauge.builder("hotline.cases.pending", pending, AtomicInteger::get)
        .description("Case events not yet written to the database")
        .register(meters);
    this.rejected =
        Counter.builder("hotline.cases.rejected")
            .description("Case events the database refused, kept in the rejected spool file")
            .register(meters);
  }

  /**
   * Adds an event for a case. Never blocks on the database and never throws: it runs on the
   * caller's thread.
   */
  void append(String caseNumber, Instant at, Object event) {
    try {
      if (caseNumber == null || caseNumber.isBlank()) {
        log.warn("A {} without a case number was ignored", event.getClass().getSimpleName());
        rejected.increment();
        return;
      }
      JournalEntry entry = JournalEntry.of(caseNumber, at != null ? at : clock.instant(), event);
      String line = encoded(entry);
      lock.lock();
      try {
        spool(line);
        entries.addLast(entry);
        pending.incrementAndGet();
        entriesArrived.signalAll();
      } finally {
        lock.unlock();
      }
    } catch (RuntimeException unexpected) {
      log.error("A case event could not be journalled ({})", Failures.describe(unexpected));
    }
  }

  /** How many entries wait to be written. */
  int pending() {
    return pending.get();
  }

  /** The oldest entries, up to {@code max}, waiting up to {@code wait} for one to arrive. */
  List<JournalEntry> awaitBatch(int max, Duration wait) throws InterruptedException {
    lock.lock();
    try {
      if (entries.isEmpty() && !wait.isZero()) {
        entriesArrived.await(wait.toMillis(), TimeUnit.MILLISECONDS);
      }
      List<JournalEntry> batch = new ArrayList<>(Math.min(max, entries.size()));
      for (JournalEntry entry : entries) {
        if (batch.size() == max) {
          break;
        }
        batch.add(entry);
      }
      return batch;
    } finally {
      lock.unlock();
    }
  }

  /** The oldest {@code count} entries are in the database: forget them. */
  void applied(int count) {
    lock.lock();
    try {
      for (int i = 0; i < count; i++) {
        entries.removeFirst();
      }
      pending.addAndGet(-count);
      appliedSinceCompaction += count;
      compact();
    } finally {
      lock.unlock();
    }
  }

  /** The oldest entry can never be written: set it aside so that the others are not held up. */
  void reject(JournalEntry entry) {
    lock.lock();
    try {
      try {
        spool.reject(encoded(entry));
      } catch (IOException | RuntimeException failure) {
        log.error(
            "Rejected case event {} could not be kept ({})", entry, Failures.describe(failure));
      }
      rejected.increment();
    } finally {
      lock.unlock();
    }
    applied(1);
  }

  /** Forces the spool to the disk; called by the writer, never by a caller's thread. */
  void sync() {
    try {
      spool.sync();
    } catch (IOException failure) {
      log.warn("The case journal spool could not be synced ({})", Failures.describe(failure));
    }
  }

  /** Wakes a writer waiting for entries (it is stopping). */
  void wakeUp() {
    lock.lock();
    try {
      entriesArrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      spool.close();
    } finally {
      lock.unlock();
    }
  }

  private void recover() throws IOException {
    List<String> lines = new ArrayList<>(spool.lines());
    lines.addAll(spool.adoptOrphans());
    int unreadable = 0;
    for (String line : lines) {
      try {
        entries.addLast(codec.decode(line));
      } catch (IllegalArgumentException torn) {
        spool.reject(line);
        unreadable++;
      }
    }
    spool.rewrite(entries.stream().map(codec::encode).toList());
    pending.set(entries.size());
    if (!entries.isEmpty() || unreadable > 0) {
      log.info(
          "Case journal (slot {}): {} event(s) from before the restart to write, {} unreadable"
              + " line(s) set aside",
          spool.slot(),
          entries.size(),
          unreadable);
    }
  }

  private String encoded(JournalEntry entry) {
    try {
      return codec.encode(entry);
    } catch (RuntimeException failure) {
      log.warn("A {} could not be spooled ({})", entry.kind(), Failures.describe(failure));
      return null;
    }
  }

  /** A full disk must not stop the calls: the entry stays in memory, the spool catches up later. */
  private void spool(String line) {
    if (line == null) {
      spoolIncomplete = true;
      return;
    }
    try {
      spool.append(line);
      if (spoolFailing) {
        spoolFailing = false;
        log.info("The case journal spool is written again");
      }
    } catch (IOException failure) {
      spoolIncomplete = true;
      if (!spoolFailing) {
        spoolFailing = true;
        log.warn(
            "The case journal spool cannot be written ({}): events are kept in memory only",
            Failures.describe(failure));
      }
    }
  }

  private void compact() {
    try {
      if (entries.isEmpty()) {
        spool.truncate();
        appliedSinceCompaction = 0;
        spoolIncomplete = false;
      } else if (appliedSinceCompaction >= COMPACT_AFTER || (spoolIncomplete && !spoolFailing)) {
        // Rewritten from memory: this also spools the entries an earlier failure left out.
        spool.rewrite(entries.stream().map(this::encoded).filter(l -> l != null).toList());
        appliedSinceCompaction = 0;
        spoolIncomplete = false;
      }
    } catch (IOException failure) {
      log.warn("The case journal spool could not be compacted ({})", Failures.describe(failure));
    }
  }
}
