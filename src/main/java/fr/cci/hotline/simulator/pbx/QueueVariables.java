package fr.cci.hotline.simulator.pbx;

/**
 * The variables app_queue sets on the caller and the member's channel, each group only when the
 * queue asks for it (queues.conf setinterfacevar, setqueueentryvar, setqueuevar), in the order of
 * the S1 capture.
 */
final class QueueVariables {

  private final ChannelVariables variables;

  QueueVariables(ChannelVariables variables) {
    this.variables = variables;
  }

  /** When a member answers: interface, entry then queue variables, each on caller then member. */
  void onConnect(
      CallQueue queue, QueueMember member, long holdSeconds, int originalPosition, Channel... on) {
    if (queue.setsInterfaceVariables()) {
      for (Channel channel : on) {
        set(channel, "MEMBERINTERFACE", member.iface());
        set(channel, "MEMBERNAME", member.name());
        set(channel, "MEMBERCALLS", member.callsTaken);
        set(channel, "MEMBERLASTCALL", member.lastCall);
        set(channel, "MEMBERPENALTY", member.penalty);
        set(channel, "MEMBERDYNAMIC", member.membership.equals("dynamic") ? 1 : 0);
        set(channel, "MEMBERREALTIME", 0);
      }
    }
    if (queue.setsEntryVariables()) {
      for (Channel channel : on) {
        set(channel, "QEHOLDTIME", holdSeconds);
        set(channel, "QEORIGINALPOS", originalPosition);
      }
    }
    for (Channel channel : on) {
      queueVariables(queue, channel);
    }
  }

  /** set_queue_variables: the queue's counters as they are now. */
  void queueVariables(CallQueue queue, Channel channel) {
    if (!queue.setsQueueVariables()) {
      return;
    }
    QueueStatistics statistics = queue.statistics();
    set(channel, "QUEUENAME", queue.name());
    set(channel, "QUEUEMAX", 0);
    set(channel, "QUEUESTRATEGY", queue.strategy());
    set(channel, "QUEUECALLS", queue.count());
    set(channel, "QUEUEHOLDTIME", statistics.holdTime());
    set(channel, "QUEUETALKTIME", statistics.talkTime());
    set(channel, "QUEUECOMPLETED", statistics.completed());
    set(channel, "QUEUEABANDONED", statistics.abandoned());
    set(channel, "QUEUESRVLEVEL", statistics.serviceLevel());
    set(channel, "QUEUESRVLEVELPERF", statistics.serviceLevelPerformance());
  }

  void set(Channel channel, String name, Object value) {
    variables.write(channel, name, String.valueOf(value));
  }
}
