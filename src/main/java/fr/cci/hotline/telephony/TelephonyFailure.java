package fr.cci.hotline.telephony;

/** Asterisk could not carry out a command (network failure, invalid command). */
public class TelephonyFailure extends RuntimeException {

  public TelephonyFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
