package fr.cci.hotline.simulator.ami;

/** What an action may send back to the client that asked. */
public interface AmiReplies {

  /** Sends a message as is (ActionID already placed by the caller where Asterisk places it). */
  void send(AmiMessage message);

  /** The ActionID of the request, or null when the client gave none. */
  String actionId();

  default void success(String message) {
    send(withActionId(AmiMessage.response("Success")).add("Message", message));
  }

  default void error(String message) {
    send(withActionId(AmiMessage.response("Error")).add("Message", message));
  }

  /** Adds the ActionID header when the client sent one, as astman_send_response does. */
  default AmiMessage withActionId(AmiMessage message) {
    if (actionId() != null) {
      message.add("ActionID", actionId());
    }
    return message;
  }

  /** Sends the start of an event list: Response, ActionID, EventList: start, Message. */
  default void listStart(String message) {
    send(
        withActionId(AmiMessage.response("Success"))
            .add("EventList", "start")
            .add("Message", message));
  }

  /** Sends the closing event of a list: Event, ActionID, EventList: Complete, ListItems. */
  default void listComplete(String event, int items) {
    AmiMessage complete = AmiMessage.listEvent(event);
    withActionId(complete).add("EventList", "Complete").add("ListItems", items);
    send(complete);
  }
}
