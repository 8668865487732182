package fr.cci.hotline.simulator.pbx;

/** One member of a queue, with the counters app_queue reports. */
public final class QueueMember {

  final String queue;
  final String iface;
  final String name;
  final String stateInterface;
  final String membership;
  final int penalty;
  final long loginTime;
  volatile int callsTaken;
  volatile long lastCall;
  volatile long lastPause;
  volatile boolean inCall;
  volatile boolean ringing;
  volatile int status;
  volatile boolean paused;
  volatile String pausedReason = "";

  QueueMember(
      String queue,
      String iface,
      String name,
      String stateInterface,
      String membership,
      int penalty,
      long loginTime,
      int status) {
    this.queue = queue;
    this.iface = iface;
    this.name = name;
    this.stateInterface = stateInterface;
    this.membership = membership;
    this.penalty = penalty;
    this.loginTime = loginTime;
    this.status = status;
  }

  public String iface() {
    return iface;
  }

  public String name() {
    return name;
  }

  public boolean paused() {
    return paused;
  }

  public int status() {
    return status;
  }

  /** Free to ring: not paused, idle device, not in a call nor being rung for another caller. */
  boolean available() {
    return !paused && status == 1 && !inCall && !ringing;
  }

  /** app_queue's device-state codes for Status. */
  static int statusOf(String deviceState) {
    return switch (deviceState) {
      case "NOT_INUSE" -> 1;
      case "INUSE" -> 2;
      case "BUSY" -> 3;
      case "INVALID" -> 4;
      case "UNAVAILABLE" -> 5;
      case "RINGING" -> 6;
      case "RINGINUSE" -> 7;
      case "ONHOLD" -> 8;
      default -> 0;
    };
  }
}
