package fr.cci.hotline.telephony;

import fr.cci.hotline.telephony.agi.FastAgiServer;
import fr.cci.hotline.telephony.ami.AmiLink;
import org.springframework.stereotype.Component;

/** {@link TelephonyStatus} read off the AMI link and the FastAGI server. */
@Component
class TelephonyLinks implements TelephonyStatus {

  private final AmiLink ami;
  private final FastAgiServer agi;

  TelephonyLinks(AmiLink ami, FastAgiServer agi) {
    this.ami = ami;
    this.agi = agi;
  }

  @Override
  public boolean amiConnected() {
    return ami.isConnected();
  }

  @Override
  public boolean agiListening() {
    return agi.isListening();
  }

  @Override
  public int agiPort() {
    return agi.port();
  }

  @Override
  public int agiSessions() {
    return agi.activeSessions();
  }
}
