package fr.cci.hotline.simulator.pbx;

import java.util.OptionalInt;

/** Goto targets: [[context,]exten,]priority-or-label, as pbx_builtins parses them. */
final class Jumps {

  private Jumps() {}

  /** Moves the channel; false when the target does not exist (the channel then hangs up). */
  static boolean jump(Pbx pbx, Channel channel, String target) {
    String[] parts = target.split(",");
    String context = channel.context();
    String exten = channel.exten();
    String priority;
    if (parts.length >= 3) {
      context = parts[0].trim();
      exten = parts[1].trim();
      priority = parts[2].trim();
    } else if (parts.length == 2) {
      exten = parts[0].trim();
      priority = parts[1].trim();
    } else {
      priority = parts[0].trim();
    }
    OptionalInt number = priorityOf(pbx, context, exten, priority);
    if (number.isEmpty() || pbx.dialplan().step(context, exten, number.getAsInt()).isEmpty()) {
      return false;
    }
    channel.position(context, exten, number.getAsInt());
    return true;
  }

  private static OptionalInt priorityOf(Pbx pbx, String context, String exten, String priority) {
    try {
      return OptionalInt.of(Integer.parseInt(priority));
    } catch (NumberFormatException label) {
      return pbx.dialplan().label(context, exten, priority);
    }
  }
}
