package fr.cci.hotline.telephony;

/** The caller hung up: a normal end of a call, not an error. */
public class CallerHungUp extends RuntimeException {

  public CallerHungUp(String channel) {
    super("caller hung up on " + channel, null, false, false);
  }
}
