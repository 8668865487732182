package fr.cci.hotline.simulator.pbx;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The applications known by name, case-insensitively as pbx.c finds them. */
public final class Applications {

  private final Map<String, DialplanApplication> byName = new ConcurrentHashMap<>();

  public Applications register(String name, DialplanApplication application) {
    byName.put(name.toLowerCase(Locale.ROOT), application);
    return this;
  }

  public Optional<DialplanApplication> find(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }
}
