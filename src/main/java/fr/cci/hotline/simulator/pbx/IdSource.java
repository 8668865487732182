package fr.cci.hotline.simulator.pbx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique ids ("epoch.seq", prefixed with the system name when set) and channel name suffixes (a
 * hexadecimal counter per technology, as chan_pjsip and core_local keep).
 */
public final class IdSource {

  private final SimClock clock;
  private final String systemName;
  private final AtomicLong uniqueSequence = new AtomicLong();
  private final Map<String, AtomicInteger> channelSequences = new ConcurrentHashMap<>();
  private final AtomicInteger commandIds = new AtomicInteger(127_312_176);

  public IdSource(SimClock clock, String systemName) {
    this.clock = clock;
    this.systemName = systemName == null ? "" : systemName;
  }

  public String uniqueId() {
    String id = clock.epochSecond() + "." + uniqueSequence.getAndIncrement();
    return systemName.isEmpty() ? id : systemName + "-" + id;
  }

  public String channelSuffix(String technology) {
    int value =
        channelSequences.computeIfAbsent(technology, t -> new AtomicInteger()).getAndIncrement();
    return String.format("%08x", value);
  }

  public int commandId() {
    return commandIds.addAndGet(7_919);
  }

  public String bridgeId() {
    return java.util.UUID.randomUUID().toString();
  }
}
