package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay comparison itself: what it accepts from a simulated stream and what it does not. */
class EventStreamComparisonTests {

  private static final List<Long> TIMES = List.of(1000L, 1000L, 1000L, 1100L);

  @Test
  void acceptsTheSameStreamWithOtherIdsSequencesAndPorts() {
    List<Map<String, String>> simulated =
        List.of(
            newchannel("Local/3000@ivr-in-0000000a;1", "1800000000.40"),
            newchannel("Local/advisor101@advisors-0000000b;1", "1800000000.41"),
            varSet(
                "Local/3000@ivr-in-0000000a;1", "1800000000.40", "AGI", "agi://127.0.0.1:35123/x"),
            varSet("Local/3000@ivr-in-0000000a;1", "1800000000.40", "DIALEDTIME_MS", "15390"));

    assertThat(compare(simulated).differences()).isEmpty();
  }

  @Test
  void refusesTwoEventsOfTheSameChannelInTheOtherOrder() {
    List<Map<String, String>> simulated = new ArrayList<>(captured());
    simulated.add(0, simulated.remove(2));

    assertThat(compare(simulated).differences())
        .singleElement()
        .asString()
        .startsWith("order    #0 Newchannel Channel=Local/3000@ivr-in-#1;1");
  }

  @Test
  void acceptsSimultaneousEventsOfDifferentChannelsInTheOtherOrder() {
    List<Map<String, String>> simulated = new ArrayList<>(captured());
    simulated.add(0, simulated.remove(1));

    assertThat(compare(simulated).differences()).isEmpty();
  }

  @Test
  void refusesEventsOfDifferentChannelsInTheOtherOrderWhenTheCaptureSawThemApart() {
    List<Map<String, String>> simulated = new ArrayList<>(captured());
    simulated.add(1, simulated.remove(3));
    simulated.add(0, simulated.remove(1));

    assertThat(compare(simulated).differences()).isNotEmpty().allMatch(d -> d.startsWith("order"));
  }

  @Test
  void refusesAFieldInAnotherPlaceOrWithAnotherValue() {
    List<Map<String, String>> moved = new ArrayList<>(captured());
    Map<String, String> reordered = new LinkedHashMap<>();
    reordered.put("Event", "VarSet");
    reordered.put("Value", "agi://127.0.0.1:4573/x");
    reordered.putAll(moved.get(2));
    moved.set(2, reordered);
    List<Map<String, String>> changed = new ArrayList<>(captured());
    changed.set(1, newchannel("Local/advisor102@advisors-00000002;1", "1795760400.3"));

    assertThat(compare(moved).differences()).anyMatch(d -> d.startsWith("missing  #2 VarSet"));
    assertThat(compare(changed).differences()).anyMatch(d -> d.startsWith("extra"));
  }

  @Test
  void holdsDurationsToTheirToleranceAndUnit() {
    List<Map<String, String>> close = new ArrayList<>(captured());
    close.set(3, varSet("Local/3000@ivr-in-00000001;1", "1795760400.2", "DIALEDTIME_MS", "15400"));
    List<Map<String, String>> inSeconds = new ArrayList<>(captured());
    inSeconds.set(3, varSet("Local/3000@ivr-in-00000001;1", "1795760400.2", "DIALEDTIME_MS", "15"));

    assertThat(compare(close).differences()).isEmpty();
    assertThat(compare(inSeconds).differences()).singleElement().asString().startsWith("value");
  }

  private static List<Map<String, String>> captured() {
    return List.of(
        newchannel("Local/3000@ivr-in-00000001;1", "1795760400.2"),
        newchannel("Local/advisor101@advisors-00000002;1", "1795760400.3"),
        varSet("Local/3000@ivr-in-00000001;1", "1795760400.2", "AGI", "agi://127.0.0.1:4573/x"),
        varSet("Local/3000@ivr-in-00000001;1", "1795760400.2", "DIALEDTIME_MS", "15759"));
  }

  private static EventStreamComparison compare(List<Map<String, String>> simulated) {
    return EventStreamComparison.compare(
        AmiEventNormalizer.normalize(captured(), TIMES),
        AmiEventNormalizer.normalize(simulated, null));
  }

  private static Map<String, String> newchannel(String channel, String uniqueId) {
    Map<String, String> event = new LinkedHashMap<>();
    event.put("Event", "Newchannel");
    event.put("Timestamp", uniqueId + "123");
    event.put("Channel", channel);
    event.put("Uniqueid", uniqueId);
    event.put("Linkedid", uniqueId);
    return event;
  }

  private static Map<String, String> varSet(
      String channel, String uniqueId, String variable, String value) {
    Map<String, String> event = new LinkedHashMap<>();
    event.put("Event", "VarSet");
    event.put("Channel", channel);
    event.put("Uniqueid", uniqueId);
    event.put("Variable", variable);
    event.put("Value", value);
    return event;
  }
}
