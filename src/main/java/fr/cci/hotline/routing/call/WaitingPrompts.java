package fr.cci.hotline.routing.call;

/** The sounds a waiting caller hears (texts in prompts/routing_fr.properties). */
final class WaitingPrompts {

  static final String INTRO = "wait-intro";
  static final String POSITION_BEFORE = "wait-position-before";
  static final String POSITION_AFTER = "wait-position-after";
  static final String CALLBACK_OFFER = "wait-callback-offer";
  static final String CALLBACK_CONFIRMED = "wait-callback-confirmed";
  static final String CALLBACK_KEY = "1";

  private WaitingPrompts() {}
}
