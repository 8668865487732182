package fr.cci.hotline.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one AMI event stream (captured or simulated) into {@link ComparableEvent}s. Values that
 * differ between two runs of the same scenario by nature are replaced by stable names: unique ids
 * by the channel they belong to, channel sequence numbers, bridge and AGI command ids by their
 * order of first appearance, ports by PORT, dates by "*". Durations that wall time decides keep
 * their value and get a tolerance. One instance per stream: the numbering is the stream's own.
 */
final class AmiEventNormalizer {

  /** Fields whose value is a wall-clock date, a session address or an opaque session id. */
  private static final Set<String> MASKED =
      Set.of(
          "Timestamp",
          "EventTV",
          "SessionTV",
          "SessionID",
          "Uptime",
          "LastReload",
          "CoreStartupDate",
          "CoreStartupTime",
          "CoreReloadDate",
          "CoreReloadTime");

  private static final Set<String> EPOCH_FIELDS = Set.of("LoginTime", "LastCall", "LastPause");

  private static final Set<String> RTCP_VALUES =
      Set.of("To", "From", "MES", "SSRC", "SentNTP", "SentRTP", "SentPackets", "SentOctets");

  private static final Pattern CHANNEL =
      Pattern.compile("((?:Local|PJSIP)/[^\\s,;()\"]+?)-([0-9a-f]{8})");
  private static final Pattern AGI_PORT = Pattern.compile("(agi://[^/:\\s]+):\\d+");
  private static final Pattern ADDRESS_PORT = Pattern.compile("^(IPV4/TCP/[^/]+)/\\d+$");

  private static final long MILLIS_TOLERANCE = 500;
  private static final long SECONDS_TOLERANCE = 1;

  /** VarSet variables holding durations (app_dial and app_queue), by unit. */
  private static final Set<String> MILLIS_VARIABLES =
      Set.of("ANSWEREDTIME_MS", "DIALEDTIME_MS", "RINGTIME_MS", "PROGRESSTIME_MS");

  private static final Set<String> SECONDS_VARIABLES =
      Set.of(
          "ANSWEREDTIME",
          "DIALEDTIME",
          "RINGTIME",
          "PROGRESSTIME",
          "QUEUEWAIT",
          "QEHOLDTIME",
          "QUEUEHOLDTIME",
          "QUEUETALKTIME");

  private final Map<String, String> channelNumbers = new HashMap<>();
  private final Map<String, String> bridgeNumbers = new HashMap<>();
  private final Map<String, String> commandNumbers = new HashMap<>();
  private final Map<String, String> uniqueIdOwners = new HashMap<>();

  private AmiEventNormalizer() {}

  /** Normalises a stream; millis are the capture times, or null for the simulator's stream. */
  static List<ComparableEvent> normalize(List<Map<String, String>> events, List<Long> millis) {
    AmiEventNormalizer normalizer = new AmiEventNormalizer();
    events.forEach(normalizer::learnUniqueIds);
    normalizer.numberChannels(events);
    List<ComparableEvent> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      out.add(normalizer.event(events.get(i), millis == null ? -1 : millis.get(i), i));
    }
    return out;
  }

  /**
   * Channel sequence numbers become their rank among the stream's (#1 the lowest): both sides
   * allocate them in creation order, and ranks do not depend on how simultaneous events interleave.
   */
  private void numberChannels(List<Map<String, String>> events) {
    java.util.TreeSet<Long> sequences = new java.util.TreeSet<>();
    for (Map<String, String> event : events) {
      for (String value : event.values()) {
        Matcher matcher = CHANNEL.matcher(value);
        while (matcher.find()) {
          sequences.add(Long.parseLong(matcher.group(2), 16));
        }
      }
    }
    for (long sequence : sequences) {
      channelNumbers.put(String.format("%08x", sequence), "#" + (channelNumbers.size() + 1));
    }
  }

  private void learnUniqueIds(Map<String, String> event) {
    for (String prefix : List.of("", "Dest", "LocalOne", "LocalTwo")) {
      String channel = event.get(prefix + "Channel");
      String uniqueId = event.get(prefix + "Uniqueid");
      if (channel != null && uniqueId != null && !uniqueId.isEmpty()) {
        uniqueIdOwners.putIfAbsent(uniqueId, channel);
      }
    }
  }

  private ComparableEvent event(Map<String, String> event, long millis, int position) {
    List<ComparableEvent.Field> fields = new ArrayList<>();
    String name =
        event.containsKey("Event") ? event.get("Event") : "Response:" + event.get("Response");
    String variable = event.getOrDefault("Variable", "");
    event.forEach((key, value) -> fields.add(field(name, variable, key, value)));
    return new ComparableEvent(name, List.copyOf(fields), keys(name, fields), millis, position);
  }

  private ComparableEvent.Field field(String event, String variable, String key, String value) {
    if (MASKED.contains(key)) {
      return new ComparableEvent.Field(key, "*", 0);
    }
    if (isMediaStatistic(event, variable, key)) {
      return new ComparableEvent.Field(key, value.isEmpty() ? "" : "*", 0);
    }
    if (EPOCH_FIELDS.contains(key) && value.length() > 6) {
      return new ComparableEvent.Field(key, "<epoch>", 0);
    }
    if (key.endsWith("Uniqueid") && !key.equals("BridgeUniqueid") || key.endsWith("Linkedid")) {
      return new ComparableEvent.Field(key, owner(value), 0);
    }
    if (key.equals("BridgeUniqueid")) {
      return new ComparableEvent.Field(key, numbered(bridgeNumbers, "bridge-", value), 0);
    }
    if (key.equals("CommandId")) {
      return new ComparableEvent.Field(key, numbered(commandNumbers, "command-", value), 0);
    }
    Matcher address = ADDRESS_PORT.matcher(value);
    if (address.matches()) {
      return new ComparableEvent.Field(key, address.group(1) + "/PORT", 0);
    }
    String normalized = channels(AGI_PORT.matcher(value).replaceAll("$1:PORT"));
    return new ComparableEvent.Field(key, normalized, tolerance(event, variable, key));
  }

  /**
   * RTP statistics and SIP dialog ids: the simulator carries no media and makes up its Call-IDs, so
   * only the presence, place and name of these values are compared, not the values.
   */
  private static boolean isMediaStatistic(String event, String variable, String key) {
    if (event.equals("RTCPSent")) {
      return RTCP_VALUES.contains(key) || key.startsWith("Report0");
    }
    return key.equals("Value")
        && (variable.startsWith("RTPAUDIOQOS") || variable.equals("BRIDGEPVTCALLID"));
  }

  private static long tolerance(String event, String variable, String key) {
    if (key.equals("Value") && variable.equals("QUEUEWAIT_MS")) {
      // app_queue's QUEUEWAIT × 1000: whole seconds of the clock, hence a second either way.
      return 1000;
    }
    if (key.equals("Value") && MILLIS_VARIABLES.contains(variable)) {
      return MILLIS_TOLERANCE;
    }
    if (key.equals("Value") && SECONDS_VARIABLES.contains(variable)) {
      return SECONDS_TOLERANCE;
    }
    if (key.equals("RingTime")) {
      return event.equals("AgentRingNoAnswer") ? MILLIS_TOLERANCE : SECONDS_TOLERANCE;
    }
    if (key.equals("HoldTime") && event.startsWith("Agent")
        || key.equals("TalkTime") && event.equals("AgentComplete")
        || key.equals("Wait")
        || key.equals("LongestHoldTime")) {
      return SECONDS_TOLERANCE;
    }
    return 0;
  }

  private String owner(String uniqueId) {
    if (uniqueId.isEmpty()) {
      return "";
    }
    String channel = uniqueIdOwners.get(uniqueId);
    return channel == null ? "uid(?)" : "uid(" + channels(channel) + ")";
  }

  private String channels(String value) {
    Matcher matcher = CHANNEL.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String number = numbered(channelNumbers, "#", matcher.group(2));
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "-" + number));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String numbered(Map<String, String> numbers, String prefix, String value) {
    return numbers.computeIfAbsent(value, v -> prefix + (numbers.size() + 1));
  }

  /** The channels, bridge, device or queue member an event is about. */
  private static Set<String> keys(String name, List<ComparableEvent.Field> fields) {
    Set<String> keys = new LinkedHashSet<>();
    if (EventStreamComparison.FLOATING.contains(name)) {
      keys.add("floating:" + name);
      return keys;
    }
    Map<String, String> values = new HashMap<>();
    fields.forEach(f -> values.putIfAbsent(f.name(), f.value()));
    for (String prefix : List.of("", "Dest", "LocalOne", "LocalTwo")) {
      String channel = values.get(prefix + "Channel");
      if (channel != null) {
        keys.add("channel:" + channel);
      }
    }
    if (values.containsKey("BridgeUniqueid")) {
      keys.add("bridge:" + values.get("BridgeUniqueid"));
    }
    if (name.equals("DeviceStateChange")) {
      keys.add("device:" + values.get("Device"));
    }
    if (name.equals("QueueMemberStatus")) {
      keys.add("member:" + values.get("Queue") + "/" + values.get("Interface"));
    }
    if (keys.isEmpty()) {
      keys.add("event:" + name);
    }
    return keys;
  }
}
