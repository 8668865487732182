package fr.cci.hotline.telephony;

/** The service's decision for the dialplan, stored in {@link CallVariable#HOTLINE_ACTION}. */
public enum HotlineAction {
  /** Dial {@link CallVariable#HOTLINE_TARGET} for {@link CallVariable#HOTLINE_RING_TIMEOUT}. */
  CONNECT,
  /** Hang up: the caller has heard a closing message. */
  HANGUP
}
