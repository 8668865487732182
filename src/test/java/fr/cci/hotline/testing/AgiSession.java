package fr.cci.hotline.testing;

import fr.cci.hotline.testing.WireRecorder.Direction;
import fr.cci.hotline.testing.WireRecorder.Line;
import java.time.Duration;
import java.time.Instant;
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
 * @param environmentAt when the environment's last line came: the script starts from there
 * @param closedAt when the session's last line crossed
 */
public record AgiSession(
    Map<String, String> environment,
    List<Exchange> exchanges,
    boolean hangupNotified,
    Instant environmentAt,
    Instant closedAt) {

  /** A command, when the service sent it, and Asterisk's reply with when it came (or nulls). */
  public record Exchange(String command, String reply, Instant sentAt, Instant repliedAt) {}

  public static AgiSession of(WireRecorder.Connection connection) {
    Map<String, String> environment = new LinkedHashMap<>();
    List<Exchange> exchanges = new ArrayList<>();
    boolean inEnvironment = true;
    boolean hangup = false;
    Line pending = null;
    Instant environmentAt = null;
    Instant last = connection.openedAt();
    for (Line line : connection.lines()) {
      last = line.at();
      if (line.direction() == Direction.FROM_CLIENT) {
        if (inEnvironment) {
          if (line.text().isEmpty()) {
            inEnvironment = false;
            environmentAt = line.at();
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
          exchanges.add(new Exchange(pending.text(), line.text(), pending.at(), line.at()));
          pending = null;
        }
      } else {
        if (pending != null) {
          exchanges.add(new Exchange(pending.text(), null, pending.at(), null));
        }
        pending = line;
      }
    }
    if (pending != null) {
      exchanges.add(new Exchange(pending.text(), null, pending.at(), null));
    }
    return new AgiSession(
        Map.copyOf(environment), List.copyOf(exchanges), hangup, environmentAt, last);
  }

  /**
   * The stretches longer than {@code limit} during which the caller heard nothing: the service held
   * the line between a reply and its next command (or the end) with music on hold off.
   */
  public List<Duration> silencesLongerThan(Duration limit) {
    List<Duration> silences = new ArrayList<>();
    boolean music = false;
    Instant quietSince = environmentAt;
    for (Exchange exchange : exchanges) {
      if (quietSince != null && !music) {
        Duration quiet = Duration.between(quietSince, exchange.sentAt());
        if (quiet.compareTo(limit) > 0) {
          silences.add(quiet);
        }
      }
      if (exchange.command().startsWith("SET MUSIC ON")) {
        music = true;
      } else if (exchange.command().startsWith("SET MUSIC OFF")) {
        music = false;
      }
      quietSince = exchange.repliedAt();
    }
    if (quietSince != null && !music && closedAt != null) {
      Duration quiet = Duration.between(quietSince, closedAt);
      if (quiet.compareTo(limit) > 0) {
        silences.add(quiet);
      }
    }
    return silences;
  }

  /**
   * The script and query string, as in the dialplan's AGI address: {@code
   * hotline-advisor?code=login}.
   */
  public String script() {
    return environment.getOrDefault("agi_network_script", "");
  }

  public String uniqueId() {
    return environment.getOrDefault("agi_uniqueid", "");
  }

  public String callerId() {
    return environment.getOrDefault("agi_callerid", "");
  }

  public List<String> commands() {
    return exchanges.stream().map(Exchange::command).toList();
  }

  /** The value the service set for a channel variable in this session, or null. */
  public String setVariable(String name) {
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
  public static List<String> words(String command) {
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
