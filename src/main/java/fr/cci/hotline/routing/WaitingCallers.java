package fr.cci.hotline.routing;

import java.util.List;

/**
 * Who is waiting for an advisor now, across every service instance (the waiting line is in the
 * database). Callers held by an instance that stopped beating are left out: the dialplan's fallback
 * queue has them.
 */
@FunctionalInterface
public interface WaitingCallers {

  /** The callers waiting or being rung, longest waiting first. */
  List<WaitingCaller> now();
}
