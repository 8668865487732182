package fr.cci.hotline.simulator.dialplan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The contexts and globals read from an extensions.conf. */
public final class Dialplan {

  private final Map<String, Map<String, Extension>> contexts = new LinkedHashMap<>();
  private final Map<String, String> globals = new LinkedHashMap<>();

  Extension extension(String context, String name) {
    return contexts
        .computeIfAbsent(context, c -> new LinkedHashMap<>())
        .computeIfAbsent(name, Extension::new);
  }

  void global(String name, String value) {
    globals.put(name, value);
  }

  public Map<String, String> globals() {
    return Map.copyOf(globals);
  }

  public boolean hasContext(String context) {
    return contexts.containsKey(context);
  }

  /** Exact names first, then patterns in the order written (a simplification of pbx.c's sort). */
  public Optional<Extension> find(String context, String exten) {
    Map<String, Extension> extensions = contexts.get(context);
    if (extensions == null) {
      return Optional.empty();
    }
    Extension exact = extensions.get(exten);
    if (exact != null) {
      return Optional.of(exact);
    }
    return extensions.values().stream().filter(e -> e.matches(exten)).findFirst();
  }

  public Optional<DialplanStep> step(String context, String exten, int priority) {
    return find(context, exten).flatMap(e -> e.step(priority));
  }

  public OptionalInt label(String context, String exten, String label) {
    return find(context, exten).map(e -> e.label(label)).orElse(OptionalInt.empty());
  }
}
