package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;

/** AgentCalled, AgentRingNoAnswer, AgentConnect and AgentComplete around one ring attempt. */
final class QueueAgentEvents implements DialObserver {

  private final Pbx pbx;
  private final CallQueue queue;
  private final QueueMember member;
  private final CallQueue.Entry entry;
  private final QueueCallerEvents callerEvents;
  private long holdSeconds;

  QueueAgentEvents(
      Pbx pbx,
      CallQueue queue,
      QueueMember member,
      CallQueue.Entry entry,
      QueueCallerEvents callerEvents) {
    this.pbx = pbx;
    this.queue = queue;
    this.member = member;
    this.entry = entry;
    this.callerEvents = callerEvents;
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

  @Override
  public void connected(Channel caller, Channel callee, long ringMillis) {
    holdSeconds = callerEvents.holdSeconds(entry);
    callerEvents.leave(entry);
    member.inCall = true;
    member.callsTaken++;
    member.lastCall = pbx.clock().epochSecond();
    queue.totalHoldSeconds += holdSeconds;
    pbx.events()
        .publish(
            agentEvent("AgentConnect", caller, callee)
                .add("HoldTime", holdSeconds)
                .add("RingTime", ringMillis / 1000));
  }

  @Override
  public void completed(Channel caller, Channel callee, long talkMillis, String hungUpBy) {
    queue.completed++;
    queue.totalTalkSeconds += talkMillis / 1000;
    pbx.events()
        .publish(
            agentEvent("AgentComplete", caller, callee)
                .add("HoldTime", holdSeconds)
                .add("TalkTime", talkMillis / 1000)
                .add("Reason", hungUpBy));
  }

  private AmiMessage agentEvent(String name, Channel caller, Channel callee) {
    return pbx.events()
        .pair(name, "agent,all", caller, callee)
        .add("Queue", queue.name())
        .add("Interface", member.iface())
        .add("MemberName", member.name());
  }
}
