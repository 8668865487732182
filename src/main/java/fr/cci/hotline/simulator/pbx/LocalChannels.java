package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Local channels as core_local makes them: "Local/exten@context" is a pair of channels named
 * "Local/exten@context-0000000N;1" (the owner side, given to whoever requested it) and ";2" (the
 * side that runs the dialplan at exten@context). What happens on one side shows on the other:
 * answer and ringing reach the ;1 side's reader, a hang-up of one side hangs up the other, DTMF
 * crosses over. The captures never show the pair optimising itself away (neither ;2 got into a
 * bridge while its ;1 was bridged), so that is not modelled; LocalBridge still says it may.
 */
public final class LocalChannels {

  private final Pbx pbx;
  private final LocalDeviceStates devices;
  private volatile Consumer<Channel> dialplanStarter = channel -> {};

  LocalChannels(Pbx pbx) {
    this.pbx = pbx;
    this.devices = new LocalDeviceStates(pbx);
  }

  /** How a ;2 half starts its dialplan thread (the runner exists after the applications). */
  public void dialplanStarter(Consumer<Channel> starter) {
    this.dialplanStarter = starter;
  }

  public static boolean isLocal(String target) {
    return target.regionMatches(true, 0, "Local/", 0, 6);
  }

  /** ast_request("Local", "exten@context"): both halves exist, Newchannel each, nothing runs. */
  public Channel request(String destination, String linkedId) {
    String resource = destination.substring(destination.indexOf('/') + 1);
    int at = resource.indexOf('@');
    String exten = at < 0 ? resource : resource.substring(0, at);
    String context = at < 0 ? "default" : resource.substring(at + 1);
    String base = "Local/" + resource + "-" + pbx.ids().channelSuffix("Local");
    String device = "Local/" + resource;
    Channel one =
        pbx.newNamedChannel(base + ";1", device, ChannelState.DOWN, context, exten, linkedId);
    Channel two =
        pbx.newNamedChannel(base + ";2", device, ChannelState.RING, context, exten, one.linkedId());
    one.localPeer(two);
    two.localPeer(one);
    pbx.events().publishSnapshot(one);
    pbx.events().publishSnapshot(two);
    return one;
  }

  /**
   * local_call: the ;2 half takes the ;1 half's variables (its list is newest first) and the mirror
   * of its ids (its caller is ;1's connected line and the other way round), LocalBridge tells the
   * pair apart, and the ;2 half starts its dialplan.
   */
  public void call(Channel one) {
    Channel two = one.localPeer();
    for (Map.Entry<String, String> variable : one.variableStore().newestFirst()) {
      set(two, variable.getKey(), variable.getValue());
    }
    two.callerId(one.connectedNum(), one.connectedName());
    two.connectedLine(one.callerIdNum(), one.callerIdName());
    pbx.events().publishSnapshot(two);
    AmiMessage bridge = pbx.events().header("LocalBridge", "call,all");
    ChannelEvents.snapshot(bridge, "LocalOne", one);
    ChannelEvents.snapshot(bridge, "LocalTwo", two);
    pbx.events()
        .publish(
            bridge
                .add("Context", two.context())
                .add("Exten", two.exten())
                .add("LocalOptimization", "Yes"));
    dialplanStarter.accept(two);
  }

  /**
   * local_hangup, before the Hangup event of the half going away: the other half is asked to hang
   * up with this half's cause; a ;2 half that dialled leaves its DIALSTATUS in CHANLOCALSTATUS.
   */
  void beforeHangup(Channel half) {
    Channel peer = half.localPeer();
    if (peer == null || peer.isHungUp()) {
      return;
    }
    String dialStatus = half.variable("DIALSTATUS");
    if (half.localHalf() == 2 && dialStatus != null && !dialStatus.isEmpty()) {
      set(peer, "CHANLOCALSTATUS", dialStatus);
    }
    pbx.hangupFromRemote(peer, half.hangupCause());
  }

  /** After the Hangup event of a half: its device is evaluated (maybe later, see the class). */
  void afterHangup(Channel half) {
    devices.destroyed(half);
  }

  /** A half changed state: Newstate from its new snapshot, then its device is evaluated. */
  public void stateChanged(Channel half, ChannelState state) {
    half.state(state);
    if (state == ChannelState.UP) {
      half.progress().answeredAt(pbx.clock().epochNanos());
    }
    pbx.events().publishSnapshot(half);
    devices.stateChanged(half);
  }

  private void set(Channel channel, String name, String value) {
    channel.variable(name, value);
    pbx.events().varSet(channel, name, value);
  }
}
