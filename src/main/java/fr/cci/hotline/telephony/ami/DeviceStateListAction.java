package fr.cci.hotline.telephony.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * {@code DeviceStateList}, which Asterisk-Java lacks: Asterisk answers with one {@code
 * DeviceStateChange} event per device (delivered like any other event) and a completion event.
 * Public because Asterisk-Java reads its getters by reflection.
 */
public class DeviceStateListAction extends AbstractManagerAction implements EventGeneratingAction {

  private static final long serialVersionUID = 1L;

  @Override
  public String getAction() {
    return "DeviceStateList";
  }

  @Override
  public Class<? extends ResponseEvent> getActionCompleteEventClass() {
    return DeviceStateListCompleteEvent.class;
  }
}
