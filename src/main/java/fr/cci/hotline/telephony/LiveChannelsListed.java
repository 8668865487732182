package fr.cci.hotline.telephony;

import java.time.Instant;
import java.util.Set;

/**
 * The channels Asterisk holds right now, listed after each AMI (re)connection: calls that ended
 * while the link was down are absent, so state mirrors can close them.
 */
public record LiveChannelsListed(Set<String> uniqueIds, Instant at) {

  public LiveChannelsListed {
    uniqueIds = Set.copyOf(uniqueIds);
  }
}
