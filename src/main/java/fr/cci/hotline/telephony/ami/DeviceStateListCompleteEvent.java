package fr.cci.hotline.telephony.ami;

/**
 * The end of a {@code DeviceStateList}; registered with each connection by class name. Public
 * because Asterisk-Java builds it by reflection.
 */
public class DeviceStateListCompleteEvent extends ListCompleteEvent {

  private static final long serialVersionUID = 1L;

  public DeviceStateListCompleteEvent(Object source) {
    super(source);
  }
}
