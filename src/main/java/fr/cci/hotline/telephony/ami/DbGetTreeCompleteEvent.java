package fr.cci.hotline.telephony.ami;

/**
 * The end of a {@code DBGetTree}; registered with each connection by class name. Public because
 * Asterisk-Java builds it by reflection.
 */
public class DbGetTreeCompleteEvent extends ListCompleteEvent {

  private static final long serialVersionUID = 1L;

  public DbGetTreeCompleteEvent(Object source) {
    super(source);
  }
}
