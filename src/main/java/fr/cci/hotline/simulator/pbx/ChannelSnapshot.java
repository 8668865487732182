package fr.cci.hotline.simulator.pbx;

/**
 * A channel as the manager last saw it. Asterisk renders most events from the channel's cached
 * snapshot, not from the channel itself, and derives Newstate, Newexten, NewCallerid and
 * NewConnectedLine from the differences between two snapshots: a field changed without a new
 * snapshot (app_queue sets the member's exten and connected line before it dials) shows only in
 * events that take a fresh one (AgentCalled), until the next publication.
 */
record ChannelSnapshot(
    String name,
    ChannelState state,
    String callerIdNum,
    String callerIdName,
    String connectedNum,
    String connectedName,
    String context,
    String exten,
    int priority,
    String uniqueId,
    String linkedId,
    String application,
    String appData,
    String language) {

  static ChannelSnapshot of(Channel channel) {
    return new ChannelSnapshot(
        channel.name(),
        channel.state(),
        channel.callerIdNum(),
        channel.callerIdName(),
        channel.connectedNum(),
        channel.connectedName(),
        channel.context(),
        channel.exten(),
        channel.priority(),
        channel.uniqueId(),
        channel.linkedId(),
        channel.application(),
        channel.appData(),
        channel.language());
  }

  /** manager_channels.c's test for Newexten: a new application, or context, exten or priority. */
  boolean samePlace(ChannelSnapshot other) {
    if (other.application.isEmpty() && !application.isEmpty()) {
      return false;
    }
    return priority == other.priority && context.equals(other.context) && exten.equals(other.exten);
  }

  boolean sameCaller(ChannelSnapshot other) {
    return callerIdNum.equals(other.callerIdNum) && callerIdName.equals(other.callerIdName);
  }

  boolean sameConnected(ChannelSnapshot other) {
    return connectedNum.equals(other.connectedNum) && connectedName.equals(other.connectedName);
  }
}
