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
}
