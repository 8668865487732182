package fr.cci.hotline.testing;

import fr.cci.hotline.testing.WireRecorder.Direction;
import fr.cci.hotline.testing.WireRecorder.Line;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One AMI event as the PBX sent it to the service, its headers in their order. */
public record AmiEvent(String name, Map<String, String> headers, Instant at) {

  public String get(String header) {
    return headers.getOrDefault(header, "");
  }

  /** The events (not responses) the server side of an AMI connection sent, in order. */
  public static List<AmiEvent> of(WireRecorder.Connection connection) {
    List<AmiEvent> events = new ArrayList<>();
    Map<String, String> message = new LinkedHashMap<>();
    Instant first = null;
    for (Line line : connection.lines()) {
      if (line.direction() != Direction.FROM_SERVER) {
        continue;
      }
      if (line.text().isEmpty()) {
        if (message.containsKey("Event")) {
          events.add(
              new AmiEvent(
                  message.get("Event"), java.util.Collections.unmodifiableMap(message), first));
        }
        message = new LinkedHashMap<>();
        first = null;
        continue;
      }
      int colon = line.text().indexOf(':');
      if (colon > 0) {
        message.putIfAbsent(
            line.text().substring(0, colon), line.text().substring(colon + 1).strip());
        if (first == null) {
          first = line.at();
        }
      }
    }
    return events;
  }
}
