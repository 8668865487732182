package fr.cci.hotline.asterisk;

import fr.cci.hotline.asterisk.WireRecorder.Direction;
import fr.cci.hotline.asterisk.WireRecorder.Line;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One FastAGI session as it crossed the wire: the environment Asterisk sent, then each command the
 * service sent with the reply it got. An unsolicited {@code HANGUP} line from Asterisk is kept in
 * the order it came.
 *
 * @param exchanges each command and its reply ({@code null} when the session ended first)
 */
record AgiSession(
    Map<String, String> environment, List<Exchange> exchanges, boolean hangupNotified) {

  record Exchange(String command, String reply) {}

  static AgiSession of(WireRecorder.Connection connection) {
    Map<String, String> environment = new LinkedHashMap<>();
    List<Exchange> exchanges = new ArrayList<>();
    boolean inEnvironment = true;
    boolean hangup = false;
    String pending = null;
    for (Line line : connection.lines()) {
      if (line.direction() == Direction.FROM_CLIENT) {
        if (inEnvironment) {
          if (line.text().isEmpty()) {
            inEnvironment = false;
          } else {
            int colon = line.text().indexOf(':');
            if (colon > 0) {
              environment.put(
                  line.text().substring(0, colon), line.text().substring(colon + 1).strip());
            }
          }
        } else if (line.text().equals("HANGUP")) {
          hangup = true;
        } else if (pending != null) {
          exchanges.add(new Exchange(pending, line.text()));
          pending = null;
        }
      } else if (pending == null) {
        pending = line.text();
      } else {
        exchanges.add(new Exchange(pending, null));
        pending = line.text();
      }
    }
    if (pending != null) {
      exchanges.add(new Exchange(pending, null));
    }
    return new AgiSession(Map.copyOf(environment), List.copyOf(exchanges), hangup);
  }

  /**
   * The script and query string, as in the dialplan's AGI address: {@code
   * hotline-advisor?code=login}.
   */
  String script() {
    return environment.getOrDefault("agi_network_script", "");
  }

  String uniqueId() {
    return environment.getOrDefault("agi_uniqueid", "");
  }

  String callerId() {
    return environment.getOrDefault("agi_callerid", "");
  }

  List<String> commands() {
    return exchanges.stream().map(Exchange::command).toList();
  }

  /** The value the service set for a channel variable in this session, or null. */
  String setVariable(String name) {
    String value = null;
    for (Exchange exchange : exchanges) {
      List<String> words = words(exchange.command());
      if (words.size() == 4
          && words.get(0).equals("SET")
          && words.get(1).equals("VARIABLE")
          && words.get(2).equals(name)) {
        value = words.get(3);
      }
    }
    return value;
  }

  /** An AGI command's words, quotes removed: {@code STREAM FILE "hotline/welcome" "1234"}. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }
}
