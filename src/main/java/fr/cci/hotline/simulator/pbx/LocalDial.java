package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/**
 * Dial(Local/exten@context,timeout) with app_dial's events for a Local callee, in the order of the
 * S2, S3 and S6 captures: the callee takes the caller's extension and identity, DialString has no
 * technology, RINGTIME on ringing, DIALSTATUS/DIALEDPEERNAME/DIALEDPEERNUMBER before DialEnd, a
 * Newexten with an empty extension as the callee enters the bridge, ANSWEREDTIME and DIALEDTIME at
 * the end.
 */
final class LocalDial {

  private final Pbx pbx;
  private final ChannelVariables variables;
  private final LocalRinging ringing;
  private final LocalConversation conversation;

  LocalDial(Pbx pbx, ChannelVariables variables) {
    this.pbx = pbx;
    this.variables = variables;
    this.ringing = new LocalRinging(pbx);
    this.conversation = new LocalConversation(pbx);
  }

  DialResult dial(Channel caller, String target, Duration timeout) {
    ChannelEvents events = pbx.events();
    String resource = target.substring(target.indexOf('/') + 1);
    Channel callee = pbx.locals().request(target, caller.linkedId());
    variables.write(callee, "DIALEDPEERNUMBER", resource);
    callee.application("AppDial", "(Outgoing Line)");
    callee.callerId(caller.exten(), caller.connectedName());
    callee.connectedLine(caller.callerIdNum(), caller.callerIdName());
    callee.position(callee.context(), caller.exten(), 1);
    events.publishSnapshot(callee);
    pbx.locals().call(callee);
    events.publish(events.dialBegin(caller, callee, resource));
    long start = pbx.clock().epochNanos();
    LocalRinging.Outcome outcome =
        ringing.await(caller, callee, timeout, () -> ringing(caller, callee, start));
    long ringMillis = pbx.clock().millisSince(start);
    if (outcome != LocalRinging.Outcome.ANSWERED) {
      return unanswered(caller, callee, outcome, ringMillis);
    }
    pbx.locals().stateChanged(callee, ChannelState.UP);
    caller.hangupCause(HangupCause.NORMAL_CLEARING);
    variables.write(caller, "DIALSTATUS", "ANSWER");
    variables.write(caller, "DIALEDPEERNAME", callee.name());
    variables.write(caller, "DIALEDPEERNUMBER", resource);
    // Cleared now for the bridge, published with the callee's next snapshot (Newexten).
    callee.position(callee.context(), "", 1);
    events.publish(dialEnd(caller, callee, "ANSWER"));
    caller.trace().answeredBy(resource);
    LocalConversation.Ending ending =
        conversation.talk(caller, callee, () -> enterBridge(callee), e -> {});
    if (ending == LocalConversation.Ending.CALLEE) {
      caller.hangupCause(HangupCause.NORMAL_CLEARING);
    }
    return new DialResult("ANSWER", ringMillis, true);
  }

  private void ringing(Channel caller, Channel callee, long start) {
    pbx.locals().stateChanged(callee, ChannelState.RINGING);
    long millis = pbx.clock().millisSince(start);
    variables.write(caller, "RINGTIME", String.valueOf(millis / 1000));
    variables.write(caller, "RINGTIME_MS", String.valueOf(millis));
    pbx.events().publish(pbx.events().dialStatus("DialState", caller, callee, "RINGING"));
  }

  /** The callee's snapshot with its emptied extension: a Newexten as it enters the bridge. */
  private void enterBridge(Channel callee) {
    pbx.events().publishSnapshot(callee);
  }

  private DialResult unanswered(
      Channel caller, Channel callee, LocalRinging.Outcome outcome, long ringMillis) {
    String status =
        switch (outcome) {
          case NO_ANSWER -> "NOANSWER";
          case CALLER_GONE -> "CANCEL";
          default -> "BUSY";
        };
    pbx.events().publish(dialEnd(caller, callee, status));
    if (!callee.isHungUp()) {
      pbx.destroy(callee);
    }
    return new DialResult(status, ringMillis, caller.isHungUp());
  }

  private fr.cci.hotline.simulator.ami.AmiMessage dialEnd(
      Channel caller, Channel callee, String status) {
    return pbx.events().dialStatus("DialEnd", caller, callee, status);
  }
}
