package fr.cci.hotline.telephony;

/**
 * How the two links to Asterisk stand right now: the AMI link (facts and actions) and the FastAGI
 * server (calls handed over by the dialplan). Read by health checks, supervisors' pages and tests
 * that need to know when the service is ready for calls.
 */
public interface TelephonyStatus {

  /** Whether the AMI link is logged in. */
  boolean amiConnected();

  /** Whether the FastAGI server accepts calls. */
  boolean agiListening();

  /** The FastAGI port actually bound (differs from the setting when that is 0). */
  int agiPort();

  /** FastAGI sessions in progress. */
  int agiSessions();
}
