package fr.cci.hotline.simulator.pbx;

import java.util.function.Consumer;

/**
 * The talk between a caller and an answered Local callee (its ;1 half), as Dial and Queue run it in
 * the captures: a basic bridge, BRIDGEPEER on both, then whoever hangs up first. The lab's advisors
 * always hang up first (their ;2 half runs Hangup()): the ;1 half gets the hang-up, both lose
 * BRIDGEPEER, the callee leaves and is gone, then the caller is pushed out of the bridge, which is
 * destroyed.
 */
final class LocalConversation {

  /** Who ended the conversation. */
  enum Ending {
    CALLEE,
    CALLER
  }

  private final Pbx pbx;

  LocalConversation(Pbx pbx) {
    this.pbx = pbx;
  }

  /**
   * Bridges the two channels and waits for one to hang up.
   *
   * @param beforeEnter runs between BridgeCreate and the first BridgeEnter (app_dial's Newexten)
   * @param onEnd runs when the conversation ends, before anyone leaves (app_queue's AgentComplete)
   */
  Ending talk(Channel caller, Channel callee, Runnable beforeEnter, Consumer<Ending> onEnd) {
    ChannelEvents events = pbx.events();
    Bridge bridge = new Bridge(events, pbx.ids().bridgeId());
    beforeEnter.run();
    bridge.enter(callee);
    bridge.enter(caller);
    callee.progress().bridge(bridge);
    caller.progress().bridge(bridge);
    bridgePeer(callee, caller.name());
    bridgePeer(caller, callee.name());
    caller.observers().forEach(o -> o.bridged(caller, callee));
    callee.progress().readBy(caller.signals());
    caller.signals().awaitCondition(() -> callee.isHungUp(), -1);
    Ending ending = caller.isHungUp() && !callee.isHungUp() ? Ending.CALLER : Ending.CALLEE;
    bridgePeer(callee, "");
    bridgePeer(caller, "");
    onEnd.accept(ending);
    callee.progress().bridge(null);
    caller.progress().bridge(null);
    if (ending == Ending.CALLEE) {
      bridge.leave(callee);
      pbx.destroy(callee);
      bridge.leave(caller);
    } else {
      bridge.leave(caller);
      bridge.leave(callee);
      callee.hangupCause(caller.hangupCause());
      pbx.destroy(callee);
    }
    bridge.destroy();
    return ending;
  }

  private void bridgePeer(Channel channel, String peer) {
    channel.variable("BRIDGEPEER", peer);
    pbx.events().varSet(channel, "BRIDGEPEER", peer);
  }
}
