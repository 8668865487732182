package fr.cci.hotline.cases.journal;

import fr.cci.hotline.telephony.LiveChannelsListed;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
   * The calls that the PBX's list shows ended (while the AMI link was down), call id to case
   * number; they are no longer followed.
   */
  synchronized Map<String, String> endedAmong(LiveChannelsListed live) {
    Map<String, String> gone = new LinkedHashMap<>();
    Iterator<Map.Entry<String, Followed>> each = calls.entrySet().iterator();
    while (each.hasNext()) {
      Map.Entry<String, Followed> call = each.next();
      if (live.showsEnded(call.getKey(), call.getValue().arrivedAt())) {
        gone.put(call.getKey(), call.getValue().caseNumber());
        each.remove();
      }
    }
    return gone;
  }
}
