package fr.cci.hotline.simulator.pbx;

import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Asterisk's database (AstDB) as main/db.c keeps it: keys {@code /FAMILY/KEY} in sorted order, a
 * family being every key under its prefix, subfamilies included. In memory: the simulator's
 * database lives as long as the simulator, as Asterisk's lives across the service's restarts.
 */
public final class AstDb {

  private final NavigableMap<String, String> entries = new ConcurrentSkipListMap<>();

  /** {@code DB(family/key)=value}: the function's argument splits at its last slash. */
  public void put(String familyAndKey, String value) {
    entries.put(key(familyAndKey), value);
  }

  /** {@code ${DB(family/key)}}, null when absent. */
  public String get(String familyAndKey) {
    return entries.get(key(familyAndKey));
  }

  /** {@code DBdeltree(family)}: the family and its subfamilies. */
  public void deleteTree(String family) {
    tree(family).keySet().forEach(entries::remove);
  }

  /** What {@code DBGetTree} lists: every key under the family, whole, in Asterisk's order. */
  public Map<String, String> tree(String family) {
    String prefix = "/" + strip(family);
    if (prefix.equals("/")) {
      return new java.util.TreeMap<>(entries);
    }
    return entries.subMap(prefix + "/", prefix + "0");
  }

  private static String key(String familyAndKey) {
    return "/" + strip(familyAndKey);
  }

  private static String strip(String text) {
    String stripped = text.strip();
    while (stripped.startsWith("/")) {
      stripped = stripped.substring(1);
    }
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }
}
