package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.pbx.Channel;

/** Parses a CallerID header: "Name" &lt;number&gt;, or a bare number. */
final class CallerIds {

  private CallerIds() {}

  static void apply(String callerId, Channel channel) {
    if (callerId.isBlank()) {
      return;
    }
    String[] parsed = parse(callerId);
    channel.callerId(parsed[0], parsed[1].isEmpty() ? Channel.UNKNOWN : parsed[1]);
    channel.connectedLine(channel.callerIdNum(), channel.callerIdName());
  }

  /** Number and name, each empty when absent. */
  static String[] parse(String callerId) {
    int open = callerId.indexOf('<');
    int close = callerId.indexOf('>');
    if (open >= 0 && close > open) {
      String name = callerId.substring(0, open).trim().replace("\"", "");
      return new String[] {callerId.substring(open + 1, close).trim(), name};
    }
    return new String[] {callerId.trim(), ""};
  }
}
