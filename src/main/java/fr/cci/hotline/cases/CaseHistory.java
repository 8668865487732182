package fr.cci.hotline.cases;

import java.time.Instant;
import java.util.List;

/**
 * The calls as the case records keep them, for supervisors' figures and reports: read from the
 * database, so they are the same on every instance and survive restarts. Events still in the case
 * journal (a database outage) are not counted until written.
 */
public interface CaseHistory {

  /** The calls that arrived from {@code from} (included) to {@code to} (excluded), oldest first. */
  List<CaseTimes> arrivedBetween(Instant from, Instant to);

  /** Cases whose caller waits to be called back. */
  long callbacksPending();
}
