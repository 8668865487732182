package fr.cci.hotline.simulator;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An AMI event after normalisation: its fields in wire order with ids replaced by stable names, the
 * values that depend on wall time kept apart (compared with a tolerance), and the keys (the
 * channels, bridge, device… it belongs to) that decide which orderings are significant.
 *
 * @param name the Event header
 * @param fields header name and normalised value, in wire order
 * @param keys what the event is about; two events sharing a key keep their order on a real PBX
 * @param millis when the capture saw it (ms of the day), -1 for the simulator's events
 * @param position its index in its stream
 */
record ComparableEvent(
    String name, List<Field> fields, Set<String> keys, long millis, int position) {

  /** One header; timed values are numbers that wall time decides (RingTime, ANSWEREDTIME…). */
  record Field(String name, String value, long tolerance) {
    boolean timed() {
      return tolerance > 0;
    }
  }

  /** Everything that must be equal: names, order, values except the timed ones. */
  String identity() {
    return name
        + " {"
        + fields.stream()
            .map(f -> f.name() + "=" + (f.timed() ? "~" : f.value()))
            .collect(Collectors.joining(", "))
        + "}";
  }

  /** A short form for reports: the event and the headers that tell it apart. */
  String summary() {
    StringBuilder text = new StringBuilder(name);
    for (Field field : fields) {
      if (SUMMARY_FIELDS.contains(field.name())) {
        text.append(' ').append(field.name()).append('=').append(field.value());
      }
    }
    return text.toString();
  }

  private static final Set<String> SUMMARY_FIELDS =
      Set.of(
          "Channel",
          "DestChannel",
          "LocalOneChannel",
          "Variable",
          "Value",
          "Application",
          "AppData",
          "Device",
          "State",
          "Queue",
          "Interface",
          "Status",
          "Digit",
          "Direction",
          "DialStatus",
          "Cause",
          "Command",
          "Reason",
          "BridgeUniqueid",
          "BridgeNumChannels");
}
