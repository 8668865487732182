package fr.cci.hotline.simulator.pbx;

/** QueueCallerJoin/Leave/Abandon and the queue's own device state (Queue:name). */
final class QueueCallerEvents {

  private final Pbx pbx;
  private final CallQueue queue;
  private boolean left;

  QueueCallerEvents(Pbx pbx, CallQueue queue) {
    this.pbx = pbx;
    this.queue = queue;
  }

  CallQueue.Entry join(Channel caller) {
    CallQueue.Entry entry = queue.join(caller, pbx.clock().epochNanos(), priority(caller));
    if (queue.count() == 1) {
      pbx.endpoints().announce("Queue:" + queue.name(), "RINGING");
    }
    pbx.events()
        .publish(
            pbx.events()
                .channelEvent("QueueCallerJoin", "agent,all", caller)
                .add("Queue", queue.name())
                .add("Position", entry.originalPosition())
                .add("Count", queue.count()));
    return entry;
  }

  /** The channel's QUEUE_PRIO, 0 when unset or not a number (app_queue ignores it then). */
  private static int priority(Channel caller) {
    String value = caller.variable("QUEUE_PRIO");
    try {
      return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  /** Returns the position the caller had, 0 when it had left already. */
  synchronized int leave(CallQueue.Entry entry) {
    if (left) {
      return 0;
    }
    left = true;
    int position = queue.leave(entry);
    if (queue.count() == 0) {
      pbx.endpoints().announce("Queue:" + queue.name(), "NOT_INUSE");
    }
    pbx.events()
        .publish(
            pbx.events()
                .channelEvent("QueueCallerLeave", "agent,all", entry.channel())
                .add("Queue", queue.name())
                .add("Position", position)
                .add("Count", queue.count()));
    return position;
  }

  /** The caller hung up while waiting: QueueCallerAbandon, then QueueCallerLeave. */
  void abandon(CallQueue.Entry entry) {
    if (left) {
      return;
    }
    abandoned(entry);
    leave(entry);
  }

  /**
   * QueueCallerAbandon alone: app_queue records a caller whose Queue() timeout ran out as abandoned
   * too (record_abandoned), before it stops the music and lets them go.
   */
  void abandoned(CallQueue.Entry entry) {
    if (left) {
      return;
    }
    queue.statistics().callerAbandoned();
    int position = queue.waiting().indexOf(entry) + 1;
    pbx.events()
        .publish(
            pbx.events()
                .channelEvent("QueueCallerAbandon", "agent,all", entry.channel())
                .add("Queue", queue.name())
                .add("Position", position)
                .add("OriginalPosition", entry.originalPosition())
                .add("HoldTime", holdSeconds(entry)));
  }

  /** app_queue counts in time_t: whole seconds of the clock, not elapsed milliseconds. */
  long holdSeconds(CallQueue.Entry entry) {
    return pbx.clock().epochSecond() - entry.joinedEpochNanos() / 1_000_000_000L;
  }
}
