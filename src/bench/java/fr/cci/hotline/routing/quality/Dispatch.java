package fr.cci.hotline.routing.quality;

import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.WaitingCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who decides in a simulated run: the selection policy applied in memory as the dispatcher applies
 * it ({@link PolicyDispatch}), or the real dispatcher over its database
 * (routing.dispatch.DispatcherReplay). The run tells it what happens to callers and advisors.
 */
public interface Dispatch {

  /** A caller joined the line. */
  void joined(WaitingCall call, Instant now);

  /** A caller still waiting hung up. */
  void hungUp(WaitingCall call, Instant now);

  /** An advisor's call ended: they are free again at once (the handling time holds the wrap-up). */
  void ended(String advisorId, String callId, Instant now);

  /**
   * One dispatch pass.
   *
   * @param line the waiting callers in arrival order
   * @param team every advisor, free or not, as the policy sees them
   * @return call id → advisor id of each offer made (each answered at once)
   */
  Map<String, String> pass(List<WaitingCall> line, List<Candidate> team, Instant now);
}
