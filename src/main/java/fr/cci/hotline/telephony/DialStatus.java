package fr.cci.hotline.telephony;

import java.util.Locale;

/** Asterisk's {@code DIALSTATUS} after a Dial. */
public enum DialStatus {
  ANSWER,
  NOANSWER,
  BUSY,
  CHANUNAVAIL,
  CONGESTION,
  CANCEL,
  DONTCALL,
  TORTURE,
  INVALIDARGS,
  /** Anything Asterisk may add later, or no Dial at all. */
  UNKNOWN;

  public static DialStatus parse(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return UNKNOWN;
    }
  }

  /** Whether the advisor could not take the call at all, so the next one may be tried at once. */
  public boolean unreachable() {
    return this == BUSY || this == CHANUNAVAIL || this == CONGESTION || this == INVALIDARGS;
  }
}
