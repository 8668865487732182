package fr.cci.hotline.routing.callback;

import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.DialStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Call-backs put straight into the database, as the desk and the attempts leave them, for the tests
 * of the pages and the API: a case number of their own each time.
 */
public final class CallbackFixtures {

  private static final AtomicInteger cases = new AtomicInteger();

  private final CallbackLine callbacks;
  private final CallbackAttempts attempts;

  public CallbackFixtures(CallbackLine callbacks, JdbcTemplate jdbc) {
    this.callbacks = callbacks;
    this.attempts = new CallbackAttempts(jdbc, callbacks);
  }

  /** A fresh case number of today's form ({@code CP-261127-T000001}). */
  public static String caseNumber() {
    return String.format("CP-261127-T%06d", cases.incrementAndGet());
  }

  /** Asked while waiting for the Calvados, arrived {@code ago} before {@code now}. */
  public String pending(String number, Instant now, Duration ago) {
    String caseNumber = caseNumber();
    callbacks.store(
        Callback.requested(
            caseNumber,
            CallerNumber.of(number),
            "14",
            null,
            now.minus(ago),
            CallbackRequested.Reason.WAITING,
            now));
    return caseNumber;
  }

  /** Every attempt used up: the owner never answered. */
  public String failed(String number, Instant now, int maxAttempts) {
    String caseNumber = pending(number, now, Duration.ofHours(3));
    for (int i = 0; i < maxAttempts; i++) {
      String leg = caseNumber + "-leg-" + i;
      callbacks.offer(caseNumber, "adv101", leg, now);
      attempts.advisorAnswered(leg, now);
      attempts.ownerDialled(leg);
      attempts.ownerMissed(leg, DialStatus.NOANSWER, maxAttempts, Duration.ZERO, now);
    }
    return caseNumber;
  }
}
