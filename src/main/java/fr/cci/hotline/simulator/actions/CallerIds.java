package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.pbx.Channel;

/** Parses a CallerID header: "Name" &lt;number&gt;, or a bare number. */
final class CallerIds {

  private CallerIds() {}

  static void apply(String callerId, Channel channel) {
    if (callerId.isBlank()) {
      return;
    }
    int open = callerId.indexOf('<');
    int close = callerId.indexOf('>');
    if (open >= 0 && close > open) {
      String name = callerId.substring(0, open).trim().replace("\"", "");
      channel.callerId(
          callerId.substring(open + 1, close), name.isEmpty() ? Channel.UNKNOWN : name);
    } else {
      channel.callerId(callerId.trim(), Channel.UNKNOWN);
    }
    channel.connectedLine(channel.callerIdNum(), channel.callerIdName());
  }
}
