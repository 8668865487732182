package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/**
 * The conversation with an answered PJSIP callee, as in S9 and S10: a basic bridge, BRIDGEPEER and
 * BRIDGEPVTCALLID (the other leg's SIP Call-ID) on both, then whoever hangs up first leaves first
 * and both lose those variables; the other leg is then pushed out and hung up.
 */
final class DialTalk {

  private final Pbx pbx;
  private final ChannelVariables variables;

  DialTalk(Pbx pbx, ChannelVariables variables) {
    this.pbx = pbx;
    this.variables = variables;
  }

  /**
   * Returns true when the caller's channel is gone at the end (hung up or kicked out).
   *
   * @param emptiesExten app_dial: the callee's emptied extension shows in a Newexten
   * @param keepCaller Dial's option g: the caller goes on in the dialplan after the callee leaves
   */
  boolean converse(
      Channel caller,
      Channel callee,
      Duration talkTime,
      boolean emptiesExten,
      boolean keepCaller,
      DialObserver observer) {
    ChannelEvents events = pbx.events();
    Bridge bridge = new Bridge(events, pbx.ids().bridgeId());
    if (emptiesExten) {
      events.publishSnapshot(callee);
    }
    bridge.enter(callee);
    bridge.enter(caller);
    callee.progress().bridge(bridge);
    caller.progress().bridge(bridge);
    peers(callee, caller);
    peers(caller, callee);
    caller.observers().forEach(o -> o.bridged(caller, callee));
    callee.progress().readBy(caller.signals());
    long start = pbx.clock().epochNanos();
    boolean calleeLeft =
        caller.signals().awaitCondition(callee::isHungUp, pbx.clock().realNanos(talkTime));
    if (!calleeLeft && !caller.isHungUp()) {
      pbx.hangupFromRemote(callee, HangupCause.NORMAL_CLEARING);
    }
    long talkMillis = pbx.clock().millisSince(start);
    boolean callerLeft = caller.isHungUp() && !calleeLeft;
    observer.completed(caller, callee, talkMillis, callerLeft ? "caller" : "agent");
    callee.progress().bridge(null);
    caller.progress().bridge(null);
    Channel first = callerLeft ? caller : callee;
    Channel second = callerLeft ? callee : caller;
    noPeer(first);
    noPeer(second);
    bridge.leave(first);
    if (!callerLeft) {
      pbx.destroy(callee);
    }
    bridge.leave(second);
    bridge.destroy();
    if (callerLeft) {
      callee.hangupCause(caller.hangupCause());
      pbx.destroy(callee);
      return true;
    }
    if (keepCaller) {
      return false;
    }
    caller.hangupCause(HangupCause.NORMAL_CLEARING);
    return true;
  }

  /** BRIDGEPEER and chan_pjsip's BRIDGEPVTCALLID: who the channel talks to, and its Call-ID. */
  private void peers(Channel channel, Channel peer) {
    variables.write(channel, "BRIDGEPEER", peer.name());
    variables.write(channel, "BRIDGEPVTCALLID", callId(peer));
  }

  private void noPeer(Channel channel) {
    variables.write(channel, "BRIDGEPEER", "");
    variables.write(channel, "BRIDGEPVTCALLID", "");
  }

  private static String callId(Channel channel) {
    return channel.progress().sipCallId();
  }
}
