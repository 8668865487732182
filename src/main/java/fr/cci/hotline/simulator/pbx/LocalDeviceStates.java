package fr.cci.hotline.simulator.pbx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Device states of "Local/exten@context" devices (core_local's local_devicestate): INUSE while the
 * owner (;1) half of a pair for that exten@context exists, NOT_INUSE otherwise. Asterisk evaluates
 * the device again on every state change of either half and when a half is destroyed. A ;2 half
 * that hangs up first is only freed with its owner (the pair holds it), so its evaluation comes
 * after the owner's: NOT_INUSE twice once both are gone (S1, S2). An owner that hangs up first is
 * evaluated at once (S5: NOT_INUSE while the ;2 half still runs its AGI).
 */
final class LocalDeviceStates {

  private final Pbx pbx;
  private final Map<String, Integer> deferred = new ConcurrentHashMap<>();

  LocalDeviceStates(Pbx pbx) {
    this.pbx = pbx;
  }

  /** A half changed state (Newstate): the device is evaluated again. */
  void stateChanged(Channel half) {
    announce(half.device());
  }

  /** A half is gone (after its Hangup event); both halves may go at once, from two threads. */
  synchronized void destroyed(Channel half) {
    Channel owner = half.localHalf() == 1 ? half : half.localPeer();
    if (owner != null && !owner.isHangupPublished()) {
      deferred.merge(owner.name(), 1, Integer::sum);
      return;
    }
    announce(half.device());
    Integer waiting = deferred.remove(half.name());
    for (int i = 0; waiting != null && i < waiting; i++) {
      announce(half.device());
    }
  }

  private void announce(String device) {
    boolean ownerAlive =
        pbx.channels().stream()
            .anyMatch(
                c -> c.localHalf() == 1 && c.device().equals(device) && !c.isHangupPublished());
    pbx.endpoints().announce(device, ownerAlive ? "INUSE" : "NOT_INUSE");
  }
}
