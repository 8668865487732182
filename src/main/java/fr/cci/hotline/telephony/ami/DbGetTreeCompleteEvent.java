package fr.cci.hotline.telephony.ami;

import org.asteriskjava.manager.event.ResponseEvent;

/**
 * The end of a {@code DBGetTree}; registered with each connection by class name. Public because
 * Asterisk-Java builds it by reflection (public constructor and setters).
 */
public class DbGetTreeCompleteEvent extends ResponseEvent {

  private static final long serialVersionUID = 1L;

  private Integer listItems;
  private String eventList;

  public DbGetTreeCompleteEvent(Object source) {
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
