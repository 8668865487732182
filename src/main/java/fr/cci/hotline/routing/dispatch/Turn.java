package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.routing.callback.Callback;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.policy.WaitingCall;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One place in the waiting line: a caller on the line, or a pending call-back, which kept its
 * caller's arrival. Both are served in arrival order by the same policy.
 */
record Turn(WaitingEntry live, Callback callback) {

  static final Comparator<Turn> ARRIVAL =
      Comparator.comparing(Turn::arrivedAt).thenComparing(Turn::id);

  /** Both lines merged in arrival order. */
  static List<Turn> inArrivalOrder(List<WaitingEntry> waiting, List<Callback> callbacks) {
    return Stream.concat(
            waiting.stream().map(entry -> new Turn(entry, null)),
            callbacks.stream().map(callback -> new Turn(null, callback)))
        .sorted(ARRIVAL)
        .toList();
  }

  Instant arrivedAt() {
    return live != null ? live.arrivedAt() : callback.arrivedAt();
  }

  /** The caller's channel for a live caller; {@code callback:} and the case for a call-back. */
  String id() {
    return live != null ? live.callId() : "callback:" + callback.caseNumber();
  }

  WaitingCall waitingCall(Function<String, List<String>> chambersServing) {
    String department = live != null ? live.department() : callback.department();
    String previous = live != null ? live.previousAdvisor() : callback.previousAdvisor();
    Set<String> tried = live != null ? live.tried() : callback.tried();
    return new WaitingCall(
        id(),
        department,
        department == null ? List.of() : chambersServing.apply(department),
        previous,
        tried,
        arrivedAt());
  }
}
