package fr.cci.hotline.simulator.pbx;

/**
 * app_queue ringing a Local member (Local/advisor101@advisors) for one caller, in the order of the
 * S1, S4, S7 and S8 captures: the member's ;1 half takes the caller's identity at once but the
 * caller's extension and connected line only show from its next snapshot (the Ringing state);
 * DialString keeps the technology; a member that rings out gets AgentRingNoAnswer, DialEnd NOANSWER
 * then CANCEL, and is hung up with no cause.
 */
final class LocalQueueRing {

  private final Pbx pbx;
  private final ChannelVariables variables;
  private final QueueVariables queueVariables;
  private final LocalRinging ringing;
  private final LocalConversation conversation;

  LocalQueueRing(Pbx pbx, ChannelVariables variables) {
    this.pbx = pbx;
    this.variables = variables;
    this.queueVariables = new QueueVariables(variables);
    this.ringing = new LocalRinging(pbx);
    this.conversation = new LocalConversation(pbx);
  }

  QueueVariables queueVariables() {
    return queueVariables;
  }

  DialResult ring(Channel caller, CallQueue queue, QueueMember member, QueueAgentEvents agent) {
    ChannelEvents events = pbx.events();
    String resource = member.iface().substring(member.iface().indexOf('/') + 1);
    Channel callee = pbx.locals().request(member.iface(), caller.linkedId());
    callee.application("AppQueue", "(Outgoing Line)");
    callee.callerId(caller.callerIdNum(), caller.callerIdName());
    events.publishSnapshot(callee);
    variables.write(callee, "DIALEDPEERNUMBER", resource);
    callee.connectedLine(caller.callerIdNum(), caller.callerIdName());
    callee.position(callee.context(), caller.exten(), 1);
    pbx.locals().call(callee);
    agent.called(caller, callee);
    events.publish(events.dialBegin(caller, callee, member.iface()));
    long start = pbx.clock().epochNanos();
    LocalRinging.Outcome outcome =
        ringing.await(caller, callee, queue.memberTimeout(), () -> ringing(caller, callee));
    long ringMillis = pbx.clock().millisSince(start);
    if (outcome != LocalRinging.Outcome.ANSWERED) {
      return unanswered(caller, callee, outcome, ringMillis, agent);
    }
    pbx.locals().stateChanged(callee, ChannelState.UP);
    events.publish(dialEvent("DialEnd", caller, callee, "ANSWER"));
    caller.trace().answeredBy(resource);
    agent.connected(caller, callee, ringMillis);
    conversation.talk(
        caller,
        callee,
        () -> {},
        ending -> {
          long talk = (pbx.clock().epochNanos() - agent.connectedNanos()) / 1_000_000L;
          agent.completed(
              caller, callee, talk, ending == LocalConversation.Ending.CALLER ? "caller" : "agent");
        });
    agent.afterTalk(caller);
    return new DialResult("ANSWER", ringMillis, true);
  }

  private void ringing(Channel caller, Channel callee) {
    pbx.locals().stateChanged(callee, ChannelState.RINGING);
    pbx.events().publish(dialEvent("DialState", caller, callee, "RINGING"));
  }

  private DialResult unanswered(
      Channel caller,
      Channel callee,
      LocalRinging.Outcome outcome,
      long ringMillis,
      QueueAgentEvents agent) {
    if (outcome == LocalRinging.Outcome.NO_ANSWER) {
      agent.ringNoAnswer(caller, callee, ringMillis);
      pbx.events().publish(dialEvent("DialEnd", caller, callee, "NOANSWER"));
    }
    pbx.events().publish(dialEvent("DialEnd", caller, callee, "CANCEL"));
    pbx.destroy(callee);
    String status = outcome == LocalRinging.Outcome.NO_ANSWER ? "NOANSWER" : "CANCEL";
    return new DialResult(status, ringMillis, caller.isHungUp());
  }

  private fr.cci.hotline.simulator.ami.AmiMessage dialEvent(
      String name, Channel caller, Channel callee, String status) {
    return pbx.events().dialStatus(name, caller, callee, status);
  }
}
