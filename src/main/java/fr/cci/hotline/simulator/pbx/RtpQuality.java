package fr.cci.hotline.simulator.pbx;

import java.util.List;

/**
 * The RTP statistics chan_pjsip leaves on a channel when its SIP session ends (RTPAUDIOQOS and its
 * JITTER, LOSS, RTT, MES parts), and on its bridge peer with a BRIDGED suffix, in the order of S9
 * and S10. The simulator carries no media: the values are those of a stream with no packet (what
 * the captures show for the advisors' legs); the comparison with captures ignores them.
 */
final class RtpQuality {

  private static final List<String> NAMES =
      List.of(
          "RTPAUDIOQOS",
          "RTPAUDIOQOSJITTER",
          "RTPAUDIOQOSLOSS",
          "RTPAUDIOQOSRTT",
          "RTPAUDIOQOSMES");

  private final ChannelEvents events;

  RtpQuality(ChannelEvents events) {
    this.events = events;
  }

  /** The session of a PJSIP channel ends (BYE either way): once per channel. */
  void sessionEnded(Channel channel) {
    if (!channel.technology().equals("PJSIP") || !channel.progress().markQualityReported()) {
      return;
    }
    Bridge bridge = channel.progress().bridge();
    Channel peer =
        bridge == null
            ? null
            : bridge.members().stream().filter(c -> c != channel).findFirst().orElse(null);
    for (String name : NAMES) {
      String value = value(name, channel);
      set(channel, name, value);
      if (peer != null) {
        set(peer, name + "BRIDGED", value);
      }
    }
  }

  private void set(Channel channel, String name, String value) {
    channel.variable(name, value);
    events.varSet(channel, name, value);
  }

  private static String value(String name, Channel channel) {
    return switch (name) {
      case "RTPAUDIOQOS" ->
          "ssrc="
              + Integer.toUnsignedString(channel.uniqueId().hashCode())
              + ";themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0;rlp=0;"
              + "rtt=0.000000;rxmes=0.000000;txmes=0.000000";
      case "RTPAUDIOQOSJITTER" -> statistics("", "jitter");
      case "RTPAUDIOQOSLOSS" -> statistics("  ", "lost");
      case "RTPAUDIOQOSRTT" ->
          "     minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;"
              + "     stdevrtt=000.000000;";
      default -> statistics("   ", "mes");
    };
  }

  /** min/max/avg/stdev of rx then tx, as ast_rtp's quality strings lay them out. */
  private static String statistics(String pad, String measure) {
    StringBuilder text = new StringBuilder();
    for (String direction : List.of("rx", "tx")) {
      for (String kind : List.of("min", "max", "avg", "stdev")) {
        text.append(pad).append(kind).append(direction).append(measure).append("=000.000000;");
      }
    }
    return text.toString();
  }
}
