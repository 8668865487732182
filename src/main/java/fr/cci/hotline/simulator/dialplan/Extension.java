package fr.cci.hotline.simulator.dialplan;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** The priorities of one extension (or pattern) of a context. */
final class Extension {

  private final String name;
  private final TreeMap<Integer, DialplanStep> steps = new TreeMap<>();

  Extension(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  void add(DialplanStep step) {
    steps.put(step.priority(), step);
  }

  int lastPriority() {
    return steps.isEmpty() ? 0 : steps.lastKey();
  }

  public Optional<DialplanStep> step(int priority) {
    return Optional.ofNullable(steps.get(priority));
  }

  public OptionalInt label(String label) {
    return steps.values().stream()
        .filter(step -> label.equals(step.label()))
        .mapToInt(DialplanStep::priority)
        .findFirst();
  }

  public Map<Integer, DialplanStep> steps() {
    return Map.copyOf(steps);
  }

  /** Asterisk's pattern rules: '_' starts a pattern; X, Z, N, [..], '.' and '!' as in pbx.c. */
  public boolean matches(String dialled) {
    if (!name.startsWith("_")) {
      return name.equals(dialled);
    }
    String pattern = name.substring(1);
    int d = 0;
    for (int p = 0; p < pattern.length(); p++) {
      char c = Character.toUpperCase(pattern.charAt(p));
      if (c == '.') {
        return d < dialled.length();
      }
      if (c == '!') {
        return true;
      }
      if (d >= dialled.length()) {
        return false;
      }
      char digit = dialled.charAt(d++);
      if (c == '[') {
        int end = pattern.indexOf(']', p);
        if (!inSet(pattern.substring(p + 1, end), digit)) {
          return false;
        }
        p = end;
      } else if (!matchesClass(c, digit)) {
        return false;
      }
    }
    return d == dialled.length();
  }

  private static boolean matchesClass(char c, char digit) {
    return switch (c) {
      case 'X' -> digit >= '0' && digit <= '9';
      case 'Z' -> digit >= '1' && digit <= '9';
      case 'N' -> digit >= '2' && digit <= '9';
      default -> c == Character.toUpperCase(digit);
    };
  }

  private static boolean inSet(String set, char digit) {
    for (int i = 0; i < set.length(); i++) {
      if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
        if (digit >= set.charAt(i) && digit <= set.charAt(i + 2)) {
          return true;
        }
        i += 2;
      } else if (set.charAt(i) == digit) {
        return true;
      }
    }
    return false;
  }
}
