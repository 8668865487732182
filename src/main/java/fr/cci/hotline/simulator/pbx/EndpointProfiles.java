package fr.cci.hotline.simulator.pbx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What chan_pjsip takes from an endpoint of pjsip.conf for the channels it creates: the caller id
 * ({@code callerid = "Conseiller 101" <101>}) and the language. Read from the project's pjsip.conf
 * with its templates ({@code [adv101](advisor-endpoint)}); an endpoint not listed has neither, as
 * in the lab captures.
 */
public final class EndpointProfiles {

  /** One endpoint's settings; {@code callerIdNum} null when pjsip.conf sets no callerid. */
  public record Profile(String callerIdNum, String callerIdName, String language) {}

  private static final Pattern SECTION = Pattern.compile("^\\[([^\\]]+)\\](?:\\(([^)]*)\\))?\\s*$");
  private static final Pattern CALLER_ID =
      Pattern.compile("^\\s*(?:\"([^\"]*)\"\\s*)?<([^>]*)>\\s*$");

  private static final EndpointProfiles NONE = new EndpointProfiles(Map.of());

  private final Map<String, Profile> profiles;

  private EndpointProfiles(Map<String, Profile> profiles) {
    this.profiles = profiles;
  }

  public static EndpointProfiles none() {
    return NONE;
  }

  /** Reads the endpoints of a pjsip.conf; null reads nothing. */
  public static EndpointProfiles read(Path pjsipConf) {
    if (pjsipConf == null) {
      return NONE;
    }
    try {
      return parse(Files.readAllLines(pjsipConf));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + pjsipConf, failure);
    }
  }

  static EndpointProfiles parse(List<String> lines) {
    record Section(String name, List<String> templates, Map<String, String> values) {}
    List<Section> sections = new ArrayList<>();
    Map<String, Section> templates = new HashMap<>();
    Section current = null;
    for (String raw : lines) {
      String line = raw.replaceAll(";.*$", "").strip();
      Matcher header = SECTION.matcher(line);
      if (header.matches()) {
        List<String> parents = new ArrayList<>();
        boolean template = false;
        if (header.group(2) != null) {
          for (String parent : header.group(2).split(",")) {
            if (parent.strip().equals("!")) {
              template = true;
            } else if (!parent.isBlank()) {
              parents.add(parent.strip());
            }
          }
        }
        current = new Section(header.group(1), parents, new LinkedHashMap<>());
        if (template) {
          templates.put(current.name(), current);
        } else {
          sections.add(current);
        }
      } else if (current != null && line.contains("=")) {
        int equals = line.indexOf('=');
        current.values().put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
    }
    Map<String, Profile> profiles = new HashMap<>();
    for (Section section : sections) {
      Map<String, String> values = new HashMap<>();
      for (String parent : section.templates()) {
        Optional.ofNullable(templates.get(parent)).ifPresent(t -> values.putAll(t.values()));
      }
      values.putAll(section.values());
      if (!"endpoint".equals(values.get("type"))) {
        continue;
      }
      String callerId = values.get("callerid");
      Matcher parsed = callerId == null ? null : CALLER_ID.matcher(callerId);
      boolean hasCallerId = parsed != null && parsed.matches();
      profiles.put(
          section.name(),
          new Profile(
              hasCallerId ? parsed.group(2) : null,
              hasCallerId && parsed.group(1) != null ? parsed.group(1) : Channel.UNKNOWN,
              values.getOrDefault("language", "en")));
    }
    return new EndpointProfiles(Map.copyOf(profiles));
  }

  /** The endpoint's profile: no caller id and language {@code en} when pjsip.conf has none. */
  public Profile of(String endpoint) {
    return profiles.getOrDefault(endpoint, new Profile(null, Channel.UNKNOWN, "en"));
  }
}
