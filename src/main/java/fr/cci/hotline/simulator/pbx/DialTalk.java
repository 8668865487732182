package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/** The conversation after an answer: the bridge, then whoever hangs up first. */
final class DialTalk {

  private final Pbx pbx;

  DialTalk(Pbx pbx) {
    this.pbx = pbx;
  }

  /** Returns true when the caller's channel is gone at the end (hung up or kicked out). */
  boolean converse(
      Channel caller,
      Channel callee,
      Duration talkTime,
      String application,
      boolean keepCaller,
      DialObserver observer) {
    ChannelEvents events = pbx.events();
    Bridge bridge = new Bridge(events, pbx.ids().bridgeId());
    events.newexten(callee, application, "(Outgoing Line)");
    bridge.enter(callee);
    bridge.enter(caller);
    caller.observers().forEach(o -> o.bridged(caller, callee));
    callee.observe(
        new ChannelObserver() {
          @Override
          public void hungUp(Channel channel) {
            caller.signals().poke();
          }
        });
    long start = pbx.clock().epochNanos();
    caller.signals().awaitCondition(callee::isHungUp, pbx.clock().realNanos(talkTime));
    long talkMillis = pbx.clock().millisSince(start);
    if (caller.isHungUp()) {
      observer.completed(caller, callee, talkMillis, "caller");
      bridge.leave(caller);
      bridge.leave(callee);
      bridge.destroy();
      callee.hangupCause(caller.hangupCause());
      pbx.destroy(callee);
      return true;
    }
    if (!callee.isHungUp()) {
      callee.hangupCause(HangupCause.NORMAL_CLEARING);
      events.hangupRequest(callee, HangupCause.NORMAL_CLEARING);
      callee.signals().hangup();
    }
    observer.completed(caller, callee, talkMillis, "agent");
    bridge.leave(callee);
    pbx.destroy(callee);
    bridge.leave(caller);
    bridge.destroy();
    if (keepCaller) {
      return false;
    }
    caller.hangupCause(HangupCause.NORMAL_CLEARING);
    caller.signals().hangup();
    caller.observers().forEach(o -> o.hungUp(caller));
    return true;
  }
}
