package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;
import java.util.ArrayList;
import java.util.List;

/** A basic two-party bridge and its BridgeCreate/Enter/Leave/Destroy events. */
final class Bridge {

  private final ChannelEvents events;
  private final String id;
  private final List<Channel> members = new ArrayList<>();
  private boolean destroyed;

  public Bridge(ChannelEvents events, String id) {
    this.events = events;
    this.id = id;
    events.publish(fields(events.header("BridgeCreate", "call,all")));
  }

  public synchronized void enter(Channel channel) {
    members.add(channel);
    events.publish(
        ChannelEvents.snapshot(fields(events.header("BridgeEnter", "call,all")), "", channel));
  }

  public synchronized void leave(Channel channel) {
    if (members.remove(channel)) {
      events.publish(
          ChannelEvents.snapshot(fields(events.header("BridgeLeave", "call,all")), "", channel));
    }
  }

  public synchronized List<Channel> members() {
    return List.copyOf(members);
  }

  public synchronized void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    members.clear();
    events.publish(fields(events.header("BridgeDestroy", "call,all")));
  }

  private AmiMessage fields(AmiMessage message) {
    return message
        .add("BridgeUniqueid", id)
        .add("BridgeType", "basic")
        .add("BridgeTechnology", "simple_bridge")
        .add("BridgeCreator", "<unknown>")
        .add("BridgeName", "<unknown>")
        .add("BridgeNumChannels", members.size())
        .add("BridgeVideoSourceMode", "none");
  }
}
