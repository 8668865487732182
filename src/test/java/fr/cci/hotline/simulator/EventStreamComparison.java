package fr.cci.hotline.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the simulator's event stream with a capture, event by event: names, field names and
 * order, values (timed ones within their tolerance), and order.
 *
 * <p>Order is compared the way it is guaranteed on a real Asterisk, whose events come from several
 * threads: two events keep their captured order when they concern a common channel, bridge, device
 * or queue member, or when the capture saw them more than {@link #SIMULTANEITY_MILLIS} apart.
 * Events about different things within the same few milliseconds race on Asterisk (the README notes
 * AgentComplete against Hangup; the captures also show DeviceStateChange, Hangup of the two Local
 * halves and OriginateResponse moving from run to run), so their order is not held against the
 * simulator. {@link #FLOATING} events are published outside the channel's own stream
 * (manager_event, app_queue's stasis subscriber) and only keep the time rule.
 */
final class EventStreamComparison {

  /** Below this distance in the capture, events about different things may come in any order. */
  static final long SIMULTANEITY_MILLIS = 25;

  /** Events not published on their channel's topic: ordered by time only. */
  static final Set<String> FLOATING =
      Set.of("OriginateResponse", "AgentComplete", "SuccessfulAuth", "FullyBooted");

  private static final int MAX_REPORTED = 40;

  private final List<ComparableEvent> captured;
  private final List<ComparableEvent> simulated;
  private final int[] simulatedIndexOf;
  private final List<String> differences = new ArrayList<>();
  private int compared;

  private final boolean strict;

  private EventStreamComparison(
      List<ComparableEvent> captured, List<ComparableEvent> simulated, boolean strict) {
    this.captured = captured;
    this.simulated = simulated;
    this.simulatedIndexOf = new int[captured.size()];
    this.strict = strict;
  }

  /** Events of one PBX: order held where a real Asterisk guarantees it (see the class comment). */
  static EventStreamComparison compare(
      List<ComparableEvent> captured, List<ComparableEvent> simulated) {
    return run(new EventStreamComparison(captured, simulated, false));
  }

  /** Replies to one client's actions, written by one thread: every pair keeps its order. */
  static EventStreamComparison compareStrictly(
      List<ComparableEvent> captured, List<ComparableEvent> simulated) {
    return run(new EventStreamComparison(captured, simulated, true));
  }

  private static EventStreamComparison run(EventStreamComparison comparison) {
    comparison.pair();
    comparison.checkOrder();
    return comparison;
  }

  /** The differences found, empty when the streams match. */
  List<String> differences() {
    return Collections.unmodifiableList(differences);
  }

  /** How many captured events found their simulated counterpart. */
  int comparedEvents() {
    return compared;
  }

  String report() {
    StringBuilder text = new StringBuilder();
    text.append(compared)
        .append(" of ")
        .append(captured.size())
        .append(" captured events matched (")
        .append(simulated.size())
        .append(" simulated)");
    int shown = 0;
    for (String difference : differences) {
      if (shown++ == MAX_REPORTED) {
        text.append("\n  … ").append(differences.size() - MAX_REPORTED).append(" more");
        break;
      }
      text.append("\n  ").append(difference);
    }
    return text.toString();
  }

  /** The k-th captured event of an identity goes with the k-th simulated one. */
  private void pair() {
    Map<String, Deque<ComparableEvent>> available = new HashMap<>();
    for (ComparableEvent event : simulated) {
      available.computeIfAbsent(event.identity(), k -> new ArrayDeque<>()).add(event);
    }
    for (ComparableEvent event : captured) {
      Deque<ComparableEvent> candidates = available.get(event.identity());
      ComparableEvent match = candidates == null ? null : candidates.poll();
      if (match == null) {
        simulatedIndexOf[event.position()] = -1;
        differences.add("missing  #" + event.position() + " " + event.identity());
        continue;
      }
      simulatedIndexOf[event.position()] = match.position();
      compared++;
      compareTimedValues(event, match);
    }
    available.values().stream()
        .flatMap(Deque::stream)
        .sorted((a, b) -> Integer.compare(a.position(), b.position()))
        .forEach(e -> differences.add("extra    @" + e.position() + " " + e.identity()));
  }

  private void compareTimedValues(ComparableEvent expected, ComparableEvent actual) {
    for (int i = 0; i < expected.fields().size(); i++) {
      ComparableEvent.Field want = expected.fields().get(i);
      ComparableEvent.Field got = actual.fields().get(i);
      if (want.timed() && !within(want, got.value())) {
        differences.add(
            "value    #"
                + expected.position()
                + " "
                + expected.summary()
                + ": "
                + want.name()
                + "="
                + got.value()
                + ", captured "
                + want.value()
                + " ±"
                + want.tolerance());
      }
    }
  }

  private static boolean within(ComparableEvent.Field want, String actual) {
    if (want.value().isEmpty() || actual.isEmpty()) {
      return want.value().equals(actual);
    }
    try {
      long difference = Math.abs(Long.parseLong(want.value()) - Long.parseLong(actual));
      return difference <= want.tolerance();
    } catch (NumberFormatException e) {
      return want.value().equals(actual);
    }
  }

  private void checkOrder() {
    for (int i = 0; i < captured.size(); i++) {
      if (simulatedIndexOf[i] < 0) {
        continue;
      }
      for (int j = i + 1; j < captured.size(); j++) {
        if (simulatedIndexOf[j] < 0 || simulatedIndexOf[j] > simulatedIndexOf[i]) {
          continue;
        }
        ComparableEvent first = captured.get(i);
        ComparableEvent second = captured.get(j);
        if (strict || ordered(first, second)) {
          differences.add(
              "order    #"
                  + i
                  + " "
                  + first.summary()
                  + "  came after  #"
                  + j
                  + " "
                  + second.summary());
        }
      }
    }
  }

  private static boolean ordered(ComparableEvent first, ComparableEvent second) {
    if (second.millis() - first.millis() > SIMULTANEITY_MILLIS) {
      return true;
    }
    return first.keys().stream().anyMatch(second.keys()::contains);
  }
}
