package fr.cci.hotline.simulator.agi;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DNS SRV records {@code hagi://NAME} resolves through ({@code _agi._tcp.NAME}). Every target
 * here has the same priority and weight, so each lookup returns them in a random order, as
 * Asterisk's weighted choice does for equal weights.
 */
public final class SrvRecords {

  private final Map<String, List<InetSocketAddress>> records = new ConcurrentHashMap<>();
  private final Random random;

  public SrvRecords(Random random) {
    this.random = random;
  }

  public void define(String name, List<InetSocketAddress> targets) {
    records.put(name, List.copyOf(targets));
  }

  /** The targets to try, in the order of this lookup; empty for an unknown name. */
  List<InetSocketAddress> lookup(String name) {
    List<InetSocketAddress> targets = new ArrayList<>(records.getOrDefault(name, List.of()));
    synchronized (random) {
      Collections.shuffle(targets, random);
    }
    return targets;
  }
}
