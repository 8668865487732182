package fr.cci.hotline.routing.quality;

import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.SelectionPolicy;
import fr.cci.hotline.routing.policy.WaitingCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dispatcher's pass in memory: each waiting caller in arrival order is given the real policy's
 * choice, and the chosen advisor leaves the candidates. Nothing to remember between passes: the run
 * holds who is free.
 */
final class PolicyDispatch implements Dispatch {

  private final SelectionPolicy policy;

  PolicyDispatch(SelectionPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void joined(WaitingCall call, Instant now) {}

  @Override
  public void hungUp(WaitingCall call, Instant now) {}

  @Override
  public void ended(String advisorId, String callId, Instant now) {}

  @Override
  public Map<String, String> pass(List<WaitingCall> line, List<Candidate> team, Instant now) {
    List<Candidate> candidates = new ArrayList<>(team);
    Map<String, String> offers = new LinkedHashMap<>();
    for (WaitingCall call : line) {
      Optional<Candidate> chosen = policy.choose(call, candidates, now);
      if (chosen.isPresent()) {
        candidates.remove(chosen.get());
        offers.put(call.callId(), chosen.get().advisorId());
      }
    }
    return offers;
  }
}
