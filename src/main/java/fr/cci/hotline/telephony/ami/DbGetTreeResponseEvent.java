package fr.cci.hotline.telephony.ami;

import org.asteriskjava.manager.event.ResponseEvent;

/**
 * One key of a {@code DBGetTree} answer, whole ({@code /FAMILY/SUBFAMILY/KEY}), and its value.
 * Public because Asterisk-Java builds it by reflection (public constructor and setters).
 */
public class DbGetTreeResponseEvent extends ResponseEvent {

  private static final long serialVersionUID = 1L;

  private String key;
  private String val;

  public DbGetTreeResponseEvent(Object source) {
    super(source);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getVal() {
    return val;
  }

  public void setVal(String val) {
    this.val = val;
  }
}
