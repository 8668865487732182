package fr.cci.hotline.telephony;

/**
 * A script the dialplan can run through {@code AGI(agi://…/name)}. Implementations are shared by
 * all calls and keep no per-call state in fields.
 */
public interface CallScript {

  /** The script name in the dialplan's AGI address, e.g. {@code hotline}. */
  String name();

  /**
   * Handles one call. A caller hanging up surfaces as {@link CallerHungUp}; implementations let it
   * propagate once they have recorded what they must.
   */
  void run(CallChannel call);
}
