package fr.cci.hotline.routing;

import fr.cci.hotline.telephony.CallChannel;

/** Gives a located caller to an advisor. */
public interface Routing {

  /**
   * Takes the caller from the end of the menu to a decision on the channel: {@code CONNECT} with
   * the advisor's phone as target, or no decision at all (the dialplan's fallback queue) when the
   * service cannot decide. Blocks while the caller waits (music, position, call-back key).
   */
  void route(CallChannel call, Caller caller);
}
