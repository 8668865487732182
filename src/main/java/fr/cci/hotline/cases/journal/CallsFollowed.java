package fr.cci.hotline.cases.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The calls whose case this instance opened, by the caller channel's unique id, until the PBX says
 * the channel is gone. Only the instance that ran a call's menu knows it, so that every instance
 * hearing the same AMI events does not journal the same end again. In memory: a restart forgets
 * them, and the fallback queue's own records (AstDB) then tell how the calls ended.
 */
@Component
class CallsFollowed {

  /**
   * Far more calls than ever run at once: a link that never reports hang-ups cannot fill memory.
   */
  private static final int LIMIT = 10_000;

  /**
   * A call absent from a channel list taken so soon after its arrival may simply not have been
   * listed yet.
   */
  private static final Duration LISTING_MARGIN = Duration.ofSeconds(5);

  private record Followed(String caseNumber, Instant arrivedAt) {}

  private final Map<String, Followed> calls =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Followed> eldest) {
          return size() > LIMIT;
        }
      };

  synchronized void arrived(String callId, String caseNumber, Instant at) {
    if (callId != null && !callId.isBlank()) {
      calls.put(callId, new Followed(caseNumber, at));
    }
  }

  synchronized Optional<String> caseOf(String callId) {
    return Optional.ofNullable(callId == null ? null : calls.get(callId)).map(Followed::caseNumber);
  }

  /** The call's case, which this instance stops following. */
  synchronized Optional<String> ended(String callId) {
    return Optional.ofNullable(callId == null ? null : calls.remove(callId))
        .map(Followed::caseNumber);
  }

  /**
   * The calls that ended while the AMI link was down (absent from the channels listed at {@code
   * at}), call id to case number; they are no longer followed.
   */
  synchronized Map<String, String> absentFrom(Set<String> live, Instant at) {
    Map<String, String> gone = new LinkedHashMap<>();
    Instant listedAfter = at.minus(LISTING_MARGIN);
    Iterator<Map.Entry<String, Followed>> each = calls.entrySet().iterator();
    while (each.hasNext()) {
      Map.Entry<String, Followed> call = each.next();
      if (!live.contains(call.getKey()) && call.getValue().arrivedAt().isBefore(listedAfter)) {
        gone.put(call.getKey(), call.getValue().caseNumber());
        each.remove();
      }
    }
    return gone;
  }
}
