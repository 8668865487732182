package fr.cci.hotline.simulator.pbx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A queue of the app_queue model: settings, members, waiting callers, counters. */
public final class CallQueue {

  /**
   * A caller waiting in the queue.
   *
   * @param priority the caller's QUEUE_PRIO when it joined: higher is served first
   */
  public record Entry(Channel channel, long joinedEpochNanos, int originalPosition, int priority) {}

  private final String name;
  private final List<QueueMember> members = new CopyOnWriteArrayList<>();
  private final List<Entry> waiting = new ArrayList<>();
  private final QueueStatistics statistics = new QueueStatistics();
  private volatile Duration memberTimeout = Duration.ofSeconds(15);
  private volatile Duration retry = Duration.ofSeconds(5);
  private volatile String strategy = "rrmemory";
  private volatile Duration announceEvery = Duration.ZERO;
  private volatile Duration announceAtLeast = Duration.ZERO;
  private volatile boolean interfaceVariables;
  private volatile boolean entryVariables;
  private volatile boolean queueVariables;
  private int nextMember;

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

  public QueueStatistics statistics() {
    return statistics;
  }

  public void configure(String strategy, Duration memberTimeout, Duration retry) {
    this.strategy = strategy;
    this.memberTimeout = memberTimeout;
    this.retry = retry;
  }

  /**
   * queues.conf announce-position with announce-frequency and min-announce-frequency: a caller
   * nobody could be rung for hears their position, then again every {@code every}, never sooner
   * than {@code atLeast} after the last; zero: never.
   */
  public void announcePositions(Duration every, Duration atLeast) {
    this.announceEvery = every;
    this.announceAtLeast = atLeast;
  }

  public Duration announceEvery() {
    return announceEvery;
  }

  public Duration announceAtLeast() {
    return announceAtLeast;
  }

  /** queues.conf setinterfacevar, setqueueentryvar, setqueuevar. */
  public void variables(boolean onInterface, boolean onEntry, boolean onQueue) {
    this.interfaceVariables = onInterface;
    this.entryVariables = onEntry;
    this.queueVariables = onQueue;
  }

  public boolean setsInterfaceVariables() {
    return interfaceVariables;
  }

  public boolean setsEntryVariables() {
    return entryVariables;
  }

  public boolean setsQueueVariables() {
    return queueVariables;
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

  /**
   * Inserts the caller as app_queue's insert_entry does: after every caller of the same or a higher
   * priority, before the lower ones.
   */
  synchronized Entry join(Channel channel, long nowNanos, int priority) {
    int index = 0;
    while (index < waiting.size() && waiting.get(index).priority() >= priority) {
      index++;
    }
    Entry entry = new Entry(channel, nowNanos, index + 1, priority);
    waiting.add(index, entry);
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

  /** The caller's place in the line (1-based). */
  synchronized int position(Entry entry) {
    return waiting.indexOf(entry) + 1;
  }

  synchronized boolean isFirst(Entry entry) {
    return !waiting.isEmpty() && waiting.get(0) == entry;
  }

  /**
   * The next member to ring, marked as ringing: linear goes down the list from where this caller is
   * (a new caller starts at the top), rrmemory goes on after the member rung last by anyone.
   *
   * @param linearPosition this caller's place in the list (linear only)
   */
  synchronized QueueMember reserveNext(int linearPosition) {
    int size = members.size();
    boolean linear = strategy.equals("linear");
    int start = linear ? linearPosition : nextMember;
    for (int i = 0; i < size; i++) {
      QueueMember candidate = members.get((start + i) % size);
      if (candidate.available()) {
        if (!linear) {
          nextMember = (start + i + 1) % size;
        }
        candidate.ringing = true;
        return candidate;
      }
    }
    return null;
  }

  /** Where a linear search goes on after this member. */
  synchronized int positionAfter(QueueMember member) {
    return (members.indexOf(member) + 1) % Math.max(1, members.size());
  }
}
