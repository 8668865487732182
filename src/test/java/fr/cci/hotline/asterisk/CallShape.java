package fr.cci.hotline.asterisk;

import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.testing.AgiSession;
import fr.cci.hotline.testing.AmiEvent;
import fr.cci.hotline.testing.ObservedCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the service observed of one call, with what varies from run to run taken out (case numbers,
 * playback offsets, unique ids, how many one-second waits a caller sat through, where app_queue's
 * AgentComplete falls among the end of call's events), so that a call on the real Asterisk and the
 * same call on the simulator can be compared.
 *
 * @param agi each FastAGI session: the script, then each command and its reply
 * @param ami per channel (the caller, then each advisor leg by endpoint), the AMI event names in
 *     the order they came
 * @param caseRow the fields of the case row that the call decided
 */
record CallShape(List<String> agi, Map<String, List<String>> ami, List<String> caseRow) {

  static CallShape of(ObservedCall call, CaseDetails record) {
    return new CallShape(agi(call), ami(call), caseRow(record));
  }

  /** Each difference from {@code other} as a line, the real PBX ({@code this}) first. */
  List<String> differencesFrom(CallShape simulated) {
    List<String> differences = new ArrayList<>();
    if (!agi.equals(simulated.agi)) {
      differences.add("AGI: " + agi + " | simulator: " + simulated.agi);
    }
    for (String channel : union(ami.keySet(), simulated.ami.keySet())) {
      List<String> real = ami.getOrDefault(channel, List.of());
      List<String> sim = simulated.ami.getOrDefault(channel, List.of());
      if (!real.equals(sim)) {
        differences.add("AMI " + channel + ": " + real + " | simulator: " + sim);
      }
    }
    if (!caseRow.equals(simulated.caseRow)) {
      differences.add("case: " + caseRow + " | simulator: " + simulated.caseRow);
    }
    return differences;
  }

  private static List<String> agi(ObservedCall call) {
    List<String> lines = new ArrayList<>();
    for (AgiSession session : call.agi()) {
      lines.add("script " + session.script());
      for (AgiSession.Exchange exchange : session.exchanges()) {
        if (exchange.command().startsWith("WAIT FOR DIGIT ")
            && "200 result=0".equals(exchange.reply())) {
          continue; // a second of waiting with no key: how many depends on timing only
        }
        String line =
            normalize(exchange.command()) + " -> " + normalize(String.valueOf(exchange.reply()));
        if (!lines.get(lines.size() - 1).equals(line)) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static String normalize(String text) {
    return text.replaceAll("CP-\\d{6}-[A-Z0-9]{7}", "CP-case")
        .replaceAll("SAY ALPHA \"[A-Z0-9]{7}\"", "SAY ALPHA \"case\"")
        .replaceAll("endpos=\\d+", "endpos=n");
  }

  private static Map<String, List<String>> ami(ObservedCall call) {
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> legs = new HashMap<>();
    Map<String, List<String>> events = new LinkedHashMap<>();
    for (AmiEvent event : call.events()) {
      String channel = event.get("Channel");
      if (channel.isEmpty()) {
        continue;
      }
      String name =
          names.computeIfAbsent(
              channel,
              c -> {
                if (event.get("Uniqueid").equals(call.uniqueId())) {
                  return "caller";
                }
                String endpoint = ObservedCall.endpoint(c).replace("PJSIP/", "");
                int leg = legs.merge(endpoint, 1, Integer::sum);
                return leg == 1 ? endpoint : endpoint + "#" + leg;
              });
      events.computeIfAbsent(name, n -> new ArrayList<>()).add(event.name());
    }
    events.values().forEach(CallShape::agentCompleteLast);
    return events;
  }

  /**
   * app_queue sends AgentComplete from its subscription to hang-up requests (handle_hangup), on a
   * thread of its own: on Asterisk it comes right after the hang-up request or after the bridge has
   * been left, from one run to the next. It is compared as sent, not where it falls.
   */
  private static void agentCompleteLast(List<String> names) {
    if (names.remove("AgentComplete")) {
      names.add("AgentComplete");
    }
  }

  private static List<String> caseRow(CaseDetails record) {
    if (record == null) {
      return List.of("no case");
    }
    List<String> fields = new ArrayList<>();
    fields.add("status=" + record.status());
    fields.add("topic=" + record.topic());
    fields.add("department=" + record.department());
    fields.add("postalCode=" + record.postalCode());
    fields.add("chamber=" + record.chamber());
    fields.add("advisor=" + record.advisorId());
    fields.add("step=" + record.stepReached());
    fields.add("lineOpen=" + record.lineOpen());
    fields.add("callback=" + record.callbackRequested());
    record
        .offers()
        .forEach(offer -> fields.add("offer=" + offer.advisorId() + ":" + offer.outcome()));
    return fields;
  }

  private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(key -> !a.contains(key)).forEach(all::add);
    all.removeIf(Objects::isNull);
    return all;
  }
}
