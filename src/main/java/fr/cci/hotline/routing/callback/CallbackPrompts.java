package fr.cci.hotline.routing.callback;

/** The sounds of call-backs (texts in prompts/routing_fr.properties). */
final class CallbackPrompts {

  /** To the caller: « Nous vous rappellerons au », then the number digit by digit. */
  static final String NUMBER_IS = "callback-number-is";

  static final String NUMBER_CONFIRM = "callback-number-confirm";
  static final String NUMBER_ASK = "callback-number-ask";
  static final String NUMBER_INVALID = "callback-number-invalid";
  static final String NUMBER_NO_INPUT = "callback-number-no-input";

  /** To the advisor who answered: « Rappel du dossier », then the case's own characters. */
  static final String ADVISOR_INTRO = "callback-advisor-intro";

  static final String ADVISOR_DIALLING = "callback-advisor-dialling";
  static final String ADVISOR_CANCELLED = "callback-cancelled";

  /** The key that confirms the number read back. */
  static final String CONFIRM_KEY = "1";

  private CallbackPrompts() {}
}
