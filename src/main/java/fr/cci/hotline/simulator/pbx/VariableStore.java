package fr.cci.hotline.simulator.pbx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A channel's variables, in the order they were first set (no event: see ChannelVariables). */
final class VariableStore {

  private final Map<String, String> values = new LinkedHashMap<>();

  public synchronized String get(String name) {
    return values.get(name);
  }

  public synchronized void put(String name, String value) {
    values.put(name, value);
  }

  public synchronized Map<String, String> copy() {
    return Map.copyOf(values);
  }

  /** Most recently created first: the order of Asterisk's varshead list (head insertion). */
  public synchronized List<Map.Entry<String, String>> newestFirst() {
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    values.forEach((name, value) -> entries.add(Map.entry(name, value)));
    Collections.reverse(entries);
    return entries;
  }
}
