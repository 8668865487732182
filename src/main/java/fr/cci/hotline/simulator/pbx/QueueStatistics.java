package fr.cci.hotline.simulator.pbx;

/**
 * A queue's counters as app_queue keeps them: hold and talk times are exponential averages in whole
 * seconds (new = (3 × old + sample) / 4, the first sample taken as is), completed calls and those
 * within the service level (0 s in the lab: none).
 */
final class QueueStatistics {

  private int completed;
  private int completedInServiceLevel;
  private int abandoned;
  private long holdTime;
  private long talkTime;
  private final int serviceLevel = 0;

  /** recalc_holdtime, when a member answers. */
  synchronized void connected(long holdSeconds) {
    if (completed + abandoned == 0) {
      holdTime = holdSeconds;
    } else {
      holdTime = (holdTime * 3 + holdSeconds) >> 2;
    }
  }

  /** update_queue, when the conversation ends. */
  synchronized void completed(long holdSeconds, long talkSeconds) {
    completed++;
    if (holdSeconds <= serviceLevel) {
      completedInServiceLevel++;
    }
    talkTime = completed == 1 ? talkSeconds : (talkTime * 3 + talkSeconds) >> 2;
  }

  synchronized void callerAbandoned() {
    abandoned++;
  }

  public synchronized int completed() {
    return completed;
  }

  public synchronized int abandoned() {
    return abandoned;
  }

  public synchronized long holdTime() {
    return holdTime;
  }

  public synchronized long talkTime() {
    return talkTime;
  }

  public int serviceLevel() {
    return serviceLevel;
  }

  /** QUEUESRVLEVELPERF: the share of completed calls answered within the service level. */
  public synchronized String serviceLevelPerformance() {
    double share = completed == 0 ? 0 : 100.0 * completedInServiceLevel / completed;
    return String.format(java.util.Locale.ROOT, "%.1f", share);
  }
}
