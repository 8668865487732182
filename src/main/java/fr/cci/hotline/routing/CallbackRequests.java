package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.CallChannel;
import java.time.Instant;

/**
 * Takes a caller's call-back request: the number to call is read back and confirmed with the caller
 * (or typed), then kept, with the caller's place, until an advisor reaches them. Nothing is kept
 * unless the caller confirmed; {@link CallbackRequested} is published once kept.
 */
public interface CallbackRequests {

  /**
   * Asks the caller for the number to call back, on their channel, and keeps the request.
   *
   * @param department the caller's département, or null (the regional pool)
   * @param arrivedAt when the call arrived: the call-back's place in the waiting line
   * @return whether the caller confirmed a number: the call-back is kept
   */
  boolean request(
      CallChannel call,
      String caseNumber,
      String department,
      Instant arrivedAt,
      CallbackRequested.Reason reason);
}
