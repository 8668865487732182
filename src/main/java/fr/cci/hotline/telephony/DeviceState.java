package fr.cci.hotline.telephony;

import java.util.Locale;

/** Asterisk's device states, as in {@code DeviceStateChange} events and {@code DEVICE_STATE()}. */
public enum DeviceState {
  UNKNOWN,
  NOT_INUSE,
  INUSE,
  BUSY,
  INVALID,
  UNAVAILABLE,
  RINGING,
  RINGINUSE,
  ONHOLD;

  public static DeviceState parse(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return UNKNOWN;
    }
  }

  /** Whether the phone can take a call right now as far as Asterisk knows. */
  public boolean idle() {
    return this == NOT_INUSE;
  }

  /** Whether the phone is not registered or does not exist. */
  public boolean unreachable() {
    return this == UNAVAILABLE || this == INVALID;
  }
}
