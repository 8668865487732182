package fr.cci.hotline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One inbound call as the service observed it on the wire: its FastAGI sessions and the AMI events
 * of every channel linked to it (the caller's, the advisors' legs), in the order they arrived.
 * Built the same way for the real Asterisk and the simulator, so that the two can be compared.
 *
 * @param uniqueId the caller channel's Uniqueid (also the Linkedid of every leg)
 */
public record ObservedCall(
    String callerNumber, String uniqueId, List<AgiSession> agi, List<AmiEvent> events) {

  /** One ring of an advisor's phone: the endpoint rung and Asterisk's DIALSTATUS. */
  public record Dial(String target, String status) {}

  public static ObservedCall of(String callerNumber, WireRecorder agiWire, WireRecorder amiWire) {
    List<AgiSession> sessions =
        agiWire.connections().stream()
            .map(AgiSession::of)
            .filter(session -> callerNumber.equals(session.callerId()))
            .toList();
    List<AmiEvent> all = new ArrayList<>();
    amiWire.connections().forEach(connection -> all.addAll(AmiEvent.of(connection)));
    String uniqueId =
        sessions.stream()
            .map(AgiSession::uniqueId)
            .findFirst()
            .orElseGet(
                () ->
                    all.stream()
                        .filter(event -> event.name().equals("Newchannel"))
                        .filter(event -> callerNumber.equals(event.get("CallerIDNum")))
                        .map(event -> event.get("Uniqueid"))
                        .findFirst()
                        .orElse(""));
    List<AmiEvent> linked =
        all.stream().filter(event -> uniqueId.equals(event.get("Linkedid"))).toList();
    return new ObservedCall(callerNumber, uniqueId, sessions, linked);
  }

  /**
   * A call the service originated (a call-back's advisor leg, whose unique id the service chose):
   * its FastAGI session and the AMI events of every channel linked to it, the owner's leg included.
   */
  public static ObservedCall ofLeg(String uniqueId, WireRecorder agiWire, WireRecorder amiWire) {
    List<AgiSession> sessions =
        agiWire.connections().stream()
            .map(AgiSession::of)
            .filter(session -> uniqueId.equals(session.uniqueId()))
            .toList();
    List<AmiEvent> linked = new ArrayList<>();
    amiWire
        .connections()
        .forEach(
            connection ->
                AmiEvent.of(connection).stream()
                    .filter(event -> uniqueId.equals(event.get("Linkedid")))
                    .forEach(linked::add));
    return new ObservedCall("", uniqueId, sessions, linked);
  }

  /** The caller's channel name ({@code PJSIP/operator-00000003}), as Asterisk announced it. */
  public String channel() {
    return events.stream()
        .filter(
            event -> event.name().equals("Newchannel") && uniqueId.equals(event.get("Uniqueid")))
        .map(event -> event.get("Channel"))
        .findFirst()
        .orElseGet(
            () -> agi.isEmpty() ? "" : agi.get(0).environment().getOrDefault("agi_channel", ""));
  }

  /** The case number the service set on the channel, or null. */
  public String caseNumber() {
    return agi.stream()
        .map(session -> session.setVariable("HOTLINE_CASE"))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The scripts the dialplan ran, in order: {@code hotline}, {@code hotline-after-dial}… */
  public List<String> scripts() {
    return agi.stream().map(AgiSession::script).toList();
  }

  /** Every AGI command the service sent during the call, in order. */
  public List<String> agiCommands() {
    return agi.stream().flatMap(session -> session.commands().stream()).toList();
  }

  /** The prompts the service had played (STREAM FILE and GET DATA), in order. */
  public List<String> prompts() {
    List<String> prompts = new ArrayList<>();
    for (String command : agiCommands()) {
      List<String> words = AgiSession.words(command);
      if (command.startsWith("STREAM FILE ") || command.startsWith("GET DATA ")) {
        prompts.add(words.get(2));
      }
    }
    return prompts;
  }

  /**
   * The caller reached the waiting room: heard its welcome, or — nobody logged in — the news and
   * the call-back offer.
   */
  public boolean waiting() {
    return prompts().stream().anyMatch(prompt -> prompt.startsWith("hotline/wait-"));
  }

  /** Each advisor phone the call rang, with the outcome, in order. */
  public List<Dial> dials() {
    List<Dial> dials = new ArrayList<>();
    for (AmiEvent event : events) {
      if (event.name().equals("DialEnd") && uniqueId.equals(event.get("Uniqueid"))) {
        dials.add(new Dial(endpoint(event.get("DestChannel")), event.get("DialStatus")));
      }
    }
    return dials;
  }

  /** The advisor endpoint that answered last, or null. */
  public String answeredBy() {
    String answered = null;
    for (Dial dial : dials()) {
      if (dial.status().equals("ANSWER")) {
        answered = dial.target().substring(dial.target().indexOf('/') + 1);
      }
    }
    return answered;
  }

  /** When an advisor answered the caller (the first answered DialEnd), for ordering calls. */
  public java.time.Instant answeredAt() {
    return events.stream()
        .filter(event -> event.name().equals("DialEnd") && uniqueId.equals(event.get("Uniqueid")))
        .filter(event -> event.get("DialStatus").equals("ANSWER"))
        .map(AmiEvent::at)
        .findFirst()
        .orElseThrow(() -> new AssertionError("never answered: " + this));
  }

  public boolean reachedFallbackQueue() {
    return events.stream()
        .anyMatch(
            event ->
                event.name().equals("QueueCallerJoin")
                    && event.get("Queue").equals("hotline-fallback"));
  }

  /** The Q.850 cause of the caller channel's hang-up, or -1 while it is up. */
  public int hangupCause() {
    return events.stream()
        .filter(event -> event.name().equals("Hangup") && uniqueId.equals(event.get("Uniqueid")))
        .map(event -> Integer.parseInt(event.get("Cause")))
        .findFirst()
        .orElse(-1);
  }

  public boolean ended() {
    return hangupCause() >= 0;
  }

  /** {@code PJSIP/adv101-0000000a} → {@code PJSIP/adv101}. */
  public static String endpoint(String channel) {
    int dash = channel.lastIndexOf('-');
    return dash > 0 ? channel.substring(0, dash) : channel;
  }

  /** Every AGI line and every AMI event with all its headers, for a reader comparing two calls. */
  public String details() {
    StringBuilder out = new StringBuilder(toString());
    for (AmiEvent event : events) {
      out.append('\n');
      event
          .headers()
          .forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("call " + uniqueId + "\n");
    for (AgiSession session : agi) {
      out.append("  AGI ").append(session.script()).append('\n');
      session
          .exchanges()
          .forEach(
              e ->
                  out.append("    ")
                      .append(e.command())
                      .append(" -> ")
                      .append(e.reply())
                      .append('\n'));
    }
    events.forEach(
        e -> out.append("  ").append(e.name()).append(' ').append(e.get("Channel")).append('\n'));
    return out.toString();
  }
}
