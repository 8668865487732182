package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.CallerNumber;
import java.util.Optional;

/**
 * Which advisor handled this caller's last case, within the link window? Answered by the case
 * records; routing offers the call to that advisor first when they are free.
 */
@FunctionalInterface
public interface FindPreviousAdvisor {

  Optional<String> previousAdvisorOf(CallerNumber callerNumber);
}
