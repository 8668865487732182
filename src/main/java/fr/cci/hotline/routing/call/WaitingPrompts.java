package fr.cci.hotline.routing.call;

/** The sounds a waiting caller hears (texts in prompts/routing_fr.properties). */
final class WaitingPrompts {

  static final String INTRO = "wait-intro";
  static final String POSITION_BEFORE = "wait-position-before";
  static final String POSITION_AFTER = "wait-position-after";

  /** Nobody at all is logged in across the region: said at once, then the call-back offer. */
  static final String NOBODY = "wait-nobody";

  /** The wait has lasted {@code hotline.routing.callbacks.offer-again-after}. */
  static final String LONG_WAIT = "wait-long";

  /** The line closes while the caller waits. */
  static final String CLOSING = "wait-closing";

  static final String CALLBACK_OFFER = "wait-callback-offer";
  static final String CALLBACK_CONFIRMED = "wait-callback-confirmed";

  /** No number was confirmed: the caller keeps waiting. */
  static final String CALLBACK_DECLINED = "wait-callback-declined";

  static final String CALLBACK_KEY = "1";

  private WaitingPrompts() {}
}
