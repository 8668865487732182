package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;

/**
 * What app_queue does around one ring attempt: AgentCalled, AgentRingNoAnswer, the caller leaving
 * the queue with AgentConnect, AgentComplete and the counters. The Agent* events take fresh
 * snapshots of both channels (queue_publish_multi_channel_blob), so they show changes other events
 * do not show yet.
 */
final class QueueAgentEvents implements DialObserver {

  private final Pbx pbx;
  private final CallQueue queue;
  private final QueueMember member;
  private final CallQueue.Entry entry;
  private final QueueCallerEvents callerEvents;
  private final QueueVariables variables;
  private long holdSeconds;
  private long connectedNanos;

  QueueAgentEvents(
      Pbx pbx,
      CallQueue queue,
      QueueMember member,
      CallQueue.Entry entry,
      QueueCallerEvents callerEvents,
      QueueVariables variables) {
    this.pbx = pbx;
    this.queue = queue;
    this.member = member;
    this.entry = entry;
    this.callerEvents = callerEvents;
    this.variables = variables;
  }

  @Override
  public void called(Channel caller, Channel callee) {
    pbx.events().publish(agentEvent("AgentCalled", caller, callee));
  }

  @Override
  public void ringNoAnswer(Channel caller, Channel callee, long ringMillis) {
    pbx.events()
        .publish(agentEvent("AgentRingNoAnswer", caller, callee).add("RingTime", ringMillis));
  }

  /** The member answered and DialEnd is out: variables, the caller leaves, AgentConnect. */
  @Override
  public void connected(Channel caller, Channel callee, long ringMillis) {
    connectedNanos = pbx.clock().epochNanos();
    holdSeconds = callerEvents.holdSeconds(entry);
    queue.statistics().connected(holdSeconds);
    variables.onConnect(queue, member, holdSeconds, entry.originalPosition(), caller, callee);
    long waited = holdSeconds;
    pbx.events().musicOnHold(caller, false);
    int position = callerEvents.leave(entry);
    variables.set(caller, "QUEUEPOSITION", position);
    variables.set(caller, "QUEUEWAIT", waited);
    variables.set(caller, "QUEUEWAIT_MS", waited * 1000);
    member.inCall = true;
    pbx.events()
        .publish(
            agentEvent("AgentConnect", caller, callee)
                .add("HoldTime", holdSeconds)
                .add("RingTime", ringMillis / 1000));
  }

  /**
   * update_queue then AgentComplete: the member's and the queue's counters move first. The talk
   * time is in time_t seconds since the answer, like the hold time.
   */
  @Override
  public void completed(Channel caller, Channel callee, long talkMillis, String hungUpBy) {
    long talkSeconds = pbx.clock().epochSecond() - connectedNanos / 1_000_000_000L;
    queue.statistics().completed(holdSeconds, talkSeconds);
    member.callsTaken++;
    member.lastCall = pbx.clock().epochSecond();
    member.inCall = false;
    pbx.events()
        .publish(
            agentEvent("AgentComplete", caller, callee)
                .add("HoldTime", holdSeconds)
                .add("TalkTime", talkSeconds)
                .add("Reason", hungUpBy));
  }

  /**
   * After the bridge, on the caller: the queue's counters, the durations (since the member
   * answered, since the caller's channel exists), the counters again (S1, S9).
   */
  void afterTalk(Channel caller) {
    variables.queueVariables(queue, caller);
    long answered = (pbx.clock().epochNanos() - connectedNanos) / 1_000_000L;
    long dialled = pbx.clock().millisSince(caller.progress().createdNanos());
    variables.set(caller, "ANSWEREDTIME", answered / 1000);
    variables.set(caller, "ANSWEREDTIME_MS", answered);
    variables.set(caller, "DIALEDTIME", dialled / 1000);
    variables.set(caller, "DIALEDTIME_MS", dialled);
    variables.queueVariables(queue, caller);
    if (!caller.isHungUp()) {
      caller.hangupCause(HangupCause.NORMAL_CLEARING);
    }
  }

  /** When the member answered, for the talk time and ANSWEREDTIME. */
  long connectedNanos() {
    return connectedNanos;
  }

  private AmiMessage agentEvent(String name, Channel caller, Channel callee) {
    AmiMessage message = pbx.events().header(name, "agent,all");
    ChannelEvents.fresh(message, "", caller);
    ChannelEvents.fresh(message, "Dest", callee);
    return message
        .add("Queue", queue.name())
        .add("Interface", member.iface())
        .add("MemberName", member.name());
  }
}
