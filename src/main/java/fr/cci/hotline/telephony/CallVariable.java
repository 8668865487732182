package fr.cci.hotline.telephony;

/**
 * The channel variables of the call-flow contract between the dialplan ({@code
 * asterisk-config/extensions.conf}) and the service. Renaming one means changing the dialplan too.
 */
public enum CallVariable {
  /**
   * Set by the service: {@link HotlineAction}; empty means no decision, the dialplan falls back.
   */
  HOTLINE_ACTION,
  /** Set by the service: the dial string of the chosen advisor. */
  HOTLINE_TARGET,
  /** Set by the service: seconds to ring the advisor. */
  HOTLINE_RING_TIMEOUT,
  /** Set by the service: the case number, for CDRs and the advisor's screen. */
  HOTLINE_CASE,
  /** Set by Asterisk after each Dial; read by the after-dial script. */
  DIALSTATUS
}
