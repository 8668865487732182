package fr.cci.hotline.load;

import fr.cci.hotline.simulator.PbxSimulator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AMI events of one call from a trunk to a phone, in the shapes and order of the lab captures
 * (/work/shared/asterisk/ami-sip-direct-transcript.txt): channels, states, dial, bridge, device
 * states, a queue member's status, hang-up, with the dialplan-class events (VarSet, Newexten) that
 * a client which does not ask for them never receives. The channels and devices are none the
 * service knows, so its listeners look them up and let them go.
 */
final class SyntheticCallEvents {

  /** Events published per call, of which {@link #FOR_THE_SERVICE} are in its classes. */
  static final int PER_CALL = 22;

  static final int FOR_THE_SERVICE = 17;

  /**
   * Events the service's listeners get per call: one more than it was sent, because Asterisk-Java
   * makes a legacy BridgeEvent when a bridge's second channel enters it (backwardsCompatibility).
   */
  static final int HANDED_TO_THE_SERVICE = FOR_THE_SERVICE + 1;

  private static final String CALL = "call,all";
  private static final String DIALPLAN = "dialplan,all";

  private SyntheticCallEvents() {}

  /** Publishes call number {@code n}'s events. */
  static void publish(PbxSimulator pbx, long n) {
    String caller = String.format("PJSIP/trunk-%08x", n);
    String phone = String.format("PJSIP/ext%03d-%08x", n % 900, n);
    String device = String.format("PJSIP/ext%03d", n % 900);
    String callerId = "1800000000." + n;
    String phoneId = "1800000000." + (n + 1_000_000_000L);
    Map<String, String> in = channel(caller, callerId, callerId, 4, "Ring");
    Map<String, String> up = channel(caller, callerId, callerId, 6, "Up");
    Map<String, String> ringing = channel(phone, phoneId, callerId, 5, "Ringing");
    Map<String, String> talking = channel(phone, phoneId, callerId, 6, "Up");
    pbx.publishEvent("Newchannel", CALL, in);
    pbx.publishEvent("VarSet", DIALPLAN, with(in, "Variable", "SIPDOMAIN", "Value", "127.0.0.1"));
    pbx.publishEvent("Newexten", DIALPLAN, with(in, "Extension", "s", "Application", "Answer"));
    pbx.publishEvent("Newstate", CALL, up);
    pbx.publishEvent("VarSet", DIALPLAN, with(up, "Variable", "DIALSTATUS", "Value", ""));
    pbx.publishEvent("Newexten", DIALPLAN, with(up, "Extension", "s", "Application", "Dial"));
    pbx.publishEvent("Newchannel", CALL, channel(phone, phoneId, callerId, 0, "Down"));
    pbx.publishEvent("DialBegin", CALL, dial(up, channel(phone, phoneId, callerId, 0, "Down")));
    pbx.publishEvent("Newstate", CALL, ringing);
    pbx.publishEvent("DeviceStateChange", CALL, Map.of("Device", device, "State", "RINGING"));
    pbx.publishEvent("Newstate", CALL, talking);
    pbx.publishEvent("DialEnd", CALL, with(dial(up, talking), "DialStatus", "ANSWER"));
    pbx.publishEvent("DeviceStateChange", CALL, Map.of("Device", device, "State", "INUSE"));
    pbx.publishEvent("BridgeEnter", CALL, bridged(up, n));
    pbx.publishEvent("BridgeEnter", CALL, bridged(talking, n));
    pbx.publishEvent("QueueMemberStatus", "agent,all", member(device, "2"));
    pbx.publishEvent("BridgeLeave", CALL, bridged(talking, n));
    pbx.publishEvent("BridgeLeave", CALL, bridged(up, n));
    pbx.publishEvent("VarSet", DIALPLAN, with(up, "Variable", "DIALSTATUS", "Value", "ANSWER"));
    pbx.publishEvent("Hangup", CALL, with(talking, "Cause", "16", "Cause-txt", "Normal Clearing"));
    pbx.publishEvent("Hangup", CALL, with(up, "Cause", "16", "Cause-txt", "Normal Clearing"));
    pbx.publishEvent("DeviceStateChange", CALL, Map.of("Device", device, "State", "NOT_INUSE"));
  }

  private static Map<String, String> channel(
      String name, String uniqueId, String linkedId, int state, String description) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Channel", name);
    fields.put("ChannelState", String.valueOf(state));
    fields.put("ChannelStateDesc", description);
    fields.put("CallerIDNum", "0600000000");
    fields.put("CallerIDName", "<unknown>");
    fields.put("ConnectedLineNum", "<unknown>");
    fields.put("ConnectedLineName", "<unknown>");
    fields.put("Language", "fr");
    fields.put("AccountCode", "");
    fields.put("Context", "from-trunk");
    fields.put("Exten", "s");
    fields.put("Priority", "1");
    fields.put("Uniqueid", uniqueId);
    fields.put("Linkedid", linkedId);
    return fields;
  }

  private static Map<String, String> with(Map<String, String> fields, String... more) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    for (int i = 0; i < more.length; i += 2) {
      copy.put(more[i], more[i + 1]);
    }
    return copy;
  }

  /** The caller's fields, then the destination's prefixed with Dest, as DialBegin has them. */
  private static Map<String, String> dial(Map<String, String> caller, Map<String, String> dest) {
    Map<String, String> fields = new LinkedHashMap<>(caller);
    dest.forEach((key, value) -> fields.put("Dest" + key, value));
    fields.put("DialString", dest.get("Channel").replaceAll("-[0-9a-f]+$", "").substring(6));
    return fields;
  }

  private static Map<String, String> bridged(Map<String, String> channel, long n) {
    return with(
        channel,
        "BridgeUniqueid",
        "bridge-" + n,
        "BridgeType",
        "basic",
        "BridgeTechnology",
        "simple_bridge",
        "BridgeNumChannels",
        "2");
  }

  private static Map<String, String> member(String device, String status) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Queue", "support");
    fields.put("MemberName", device);
    fields.put("Interface", device);
    fields.put("StateInterface", device);
    fields.put("Membership", "dynamic");
    fields.put("Penalty", "0");
    fields.put("CallsTaken", "0");
    fields.put("LastCall", "0");
    fields.put("InCall", "1");
    fields.put("Status", status);
    fields.put("Paused", "0");
    return fields;
  }
}
