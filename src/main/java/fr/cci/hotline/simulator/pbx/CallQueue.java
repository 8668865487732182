package fr.cci.hotline.simulator.pbx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A queue of the app_queue model: members, waiting callers, counters. */
public final class CallQueue {

  /** A caller waiting in the queue. */
  public record Entry(Channel channel, long joinedEpochNanos, int originalPosition) {}

  private final String name;
  private final List<QueueMember> members = new CopyOnWriteArrayList<>();
  private final List<Entry> waiting = new ArrayList<>();
  private volatile Duration memberTimeout = Duration.ofSeconds(15);
  private volatile Duration retry = Duration.ofSeconds(5);
  private volatile String strategy = "rrmemory";
  private int nextMember;
  volatile int completed;
  volatile int abandoned;
  volatile long totalHoldSeconds;
  volatile long totalTalkSeconds;

  CallQueue(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public String strategy() {
    return strategy;
  }

  public Duration memberTimeout() {
    return memberTimeout;
  }

  public Duration retry() {
    return retry;
  }

  public void configure(String strategy, Duration memberTimeout, Duration retry) {
    this.strategy = strategy;
    this.memberTimeout = memberTimeout;
    this.retry = retry;
  }

  public List<QueueMember> members() {
    return List.copyOf(members);
  }

  public Optional<QueueMember> member(String iface) {
    return members.stream().filter(m -> m.iface.equalsIgnoreCase(iface)).findFirst();
  }

  void add(QueueMember member) {
    members.add(member);
  }

  void remove(QueueMember member) {
    members.remove(member);
  }

  public synchronized List<Entry> waiting() {
    return List.copyOf(waiting);
  }

  synchronized Entry join(Channel channel, long nowNanos) {
    Entry entry = new Entry(channel, nowNanos, waiting.size() + 1);
    waiting.add(entry);
    return entry;
  }

  /** Removes the caller; returns the position it had (1-based). */
  synchronized int leave(Entry entry) {
    int position = waiting.indexOf(entry) + 1;
    waiting.remove(entry);
    return position;
  }

  synchronized int count() {
    return waiting.size();
  }

  synchronized boolean isFirst(Entry entry) {
    return !waiting.isEmpty() && waiting.get(0) == entry;
  }

  /** Round robin with memory: the next available member after the last one rung. */
  synchronized QueueMember reserveNext() {
    int size = members.size();
    for (int i = 0; i < size; i++) {
      QueueMember candidate = members.get((nextMember + i) % size);
      if (candidate.available()) {
        nextMember = (nextMember + i + 1) % size;
        candidate.ringing = true;
        return candidate;
      }
    }
    return null;
  }
}
