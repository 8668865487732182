package fr.cci.hotline.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The channels Asterisk holds right now, listed after each AMI (re)connection: calls that ended
 * while the link was down are absent, so state mirrors can close them.
 *
 * <p>Calls go on while the list is taken (FastAGI does not wait for the AMI link), so a channel
 * absent from it has ended only if it existed when the list was asked for: see {@link #showsEnded}.
 *
 * @param askedAt when the service asked for the list
 */
public record LiveChannelsListed(Set<String> uniqueIds, Instant askedAt) {

  /**
   * How long before the list was asked for a channel the service knows of may still be missing from
   * it: the service notes a call-back attempt before sending its Originate, and Asterisk creates
   * the channel when it gets round to it, possibly after answering the list.
   */
  static final Duration SETTLING = Duration.ofSeconds(5);

  public LiveChannelsListed {
    uniqueIds = Set.copyOf(uniqueIds);
  }

  /**
   * Whether this channel, known to the service since {@code knownSince}, has ended: absent from the
   * list, and known long enough before it was asked for to be in it if it were still up.
   */
  public boolean showsEnded(String uniqueId, Instant knownSince) {
    return !uniqueIds.contains(uniqueId)
        && (knownSince == null || knownSince.isBefore(askedAt.minus(SETTLING)));
  }
}
