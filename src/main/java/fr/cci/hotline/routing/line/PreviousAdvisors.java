package fr.cci.hotline.routing.line;

import fr.cci.hotline.routing.FindPreviousAdvisor;
import fr.cci.hotline.telephony.CallerNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The advisor who handled the caller's last case, when the case records can say: a preference of
 * the selection policy only, never a reason to keep a caller waiting.
 */
@Component
public class PreviousAdvisors {

  private final ObjectProvider<FindPreviousAdvisor> lookups;

  PreviousAdvisors(ObjectProvider<FindPreviousAdvisor> lookups) {
    this.lookups = lookups;
  }

  /** The advisor's id, or null when unknown, unanswered or the number is hidden. */
  public String of(CallerNumber callerNumber) {
    FindPreviousAdvisor lookup = lookups.getIfAvailable();
    if (lookup == null || callerNumber == null || !callerNumber.presented()) {
      return null;
    }
    try {
      return lookup.previousAdvisorOf(callerNumber).orElse(null);
    } catch (RuntimeException unavailable) {
      return null;
    }
  }
}
