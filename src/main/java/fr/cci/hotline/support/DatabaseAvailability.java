package fr.cci.hotline.support;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether the database answers, known without asking it. Once work on a caller's thread or the case
 * writer found it unreachable, nothing on the call path waits for it any more (a caller in distress
 * must not hear silence while a connection times out): it is probed once a second until it answers
 * again.
 */
@Component
public class DatabaseAvailability extends PeriodicWork {

  private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

  static final Duration PROBE_EVERY = Duration.ofSeconds(1);

  private final JdbcTemplate probe;
  private volatile boolean available = true;

  DatabaseAvailability(DataSource dataSource) {
    super("database-probe");
    this.probe = new JdbcTemplate(dataSource);
    this.probe.setQueryTimeout((int) PROBE_EVERY.multipliedBy(2).toSeconds());
  }

  public boolean available() {
    return available;
  }

  /**
   * Whether {@code failure} says no connection to the database could be had at all, as opposed to a
   * refused statement.
   */
  public static boolean noConnection(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof CannotCreateTransactionException
          || cause instanceof CannotGetJdbcConnectionException) {
        return true;
      }
    }
    return false;
  }

  /** Asks the database itself: tells an outage from a statement the database refuses. */
  public boolean answers() {
    try {
      probe.queryForObject("select 1", Integer.class);
      return true;
    } catch (RuntimeException unreachable) {
      return false;
    }
  }

  /** Returns whether this is news (the database was thought available). */
  public boolean markUnavailable() {
    boolean wasAvailable = available;
    available = false;
    return wasAvailable;
  }

  /** Returns whether this is news (the database was thought unavailable). */
  public boolean markAvailable() {
    boolean wasUnavailable = !available;
    available = true;
    return wasUnavailable;
  }

  @Override
  protected List<Task> tasks() {
    return List.of(every(PROBE_EVERY, "database probe", this::probeWhileUnavailable));
  }

  private void probeWhileUnavailable() {
    if (!available && answers() && markAvailable()) {
      log.info("The database answers again");
    }
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
