package fr.cci.hotline.telephony.ami;

/** An AMI action could not be carried out: the link is down or Asterisk did not answer. */
class AmiUnavailable extends RuntimeException {

  AmiUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
