package fr.cci.hotline.cases.journal;

import fr.cci.hotline.cases.CasesSettings;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the case writer last managed to write. While it cannot, lookups made on callers' threads
 * do not even try the database: they would only wait for their time-out.
 */
@Component
public class DatabaseAvailability {

  private final JdbcTemplate probe;
  private volatile boolean available = true;

  DatabaseAvailability(DataSource dataSource, CasesSettings settings) {
    this.probe = new JdbcTemplate(dataSource);
    this.probe.setQueryTimeout(Timeouts.seconds(settings.writeTimeout()));
  }

  public boolean available() {
    return available;
  }

  /** Asks the database itself: tells an outage from an entry the database refuses. */
  boolean answers() {
    try {
      probe.queryForObject("select 1", Integer.class);
      return true;
    } catch (RuntimeException unreachable) {
      return false;
    }
  }

  /** Returns whether this is news (the database was thought available). */
  boolean markUnavailable() {
    boolean wasAvailable = available;
    available = false;
    return wasAvailable;
  }

  /** Returns whether this is news (the database was thought unavailable). */
  boolean markAvailable() {
    boolean wasUnavailable = !available;
    available = true;
    return wasUnavailable;
  }
}
