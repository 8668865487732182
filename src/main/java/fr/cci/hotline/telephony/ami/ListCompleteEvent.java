package fr.cci.hotline.telephony.ami;

import org.asteriskjava.manager.event.ResponseEvent;

/**
 * The closing event of an action's event list ({@code EventList: Complete}, {@code ListItems}), for
 * the lists Asterisk-Java has no class for; each subclass is registered with each connection by its
 * name. Public because Asterisk-Java builds them by reflection (public constructor and setters).
 */
public abstract class ListCompleteEvent extends ResponseEvent {

  private static final long serialVersionUID = 1L;

  private Integer listItems;
  private String eventList;

  protected ListCompleteEvent(Object source) {
    super(source);
  }

  public Integer getListItems() {
    return listItems;
  }

  public void setListItems(Integer listItems) {
    this.listItems = listItems;
  }

  public String getEventList() {
    return eventList;
  }

  public void setEventList(String eventList) {
    this.eventList = eventList;
  }
}
