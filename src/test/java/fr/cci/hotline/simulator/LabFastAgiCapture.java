package fr.cci.hotline.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab FastAGI server's side of fastagi-transcript.txt, per scenario: the environment Asterisk
 * sent, then what the server did (commands with the replies it got, pauses, closing at once).
 */
final class LabFastAgiCapture {

  /** What the lab server did next. */
  sealed interface Step permits Command, Pause {}

  /** A command line and the reply lines Asterisk answered (an unsolicited HANGUP included). */
  record Command(String line, List<String> replies) implements Step {}

  /** The server slept before its next command (S6: delay=3 before GET DATA). */
  record Pause(double seconds) implements Step {}

  /** One scenario's FastAGI conversation; empty environment when nothing connected (S8). */
  record Conversation(Map<String, String> environment, List<Step> steps, boolean closesAtOnce) {}

  private static final Pattern SECTION = Pattern.compile("^== (S\\d+):");
  private static final Pattern LINE = Pattern.compile("^\\S+ \\[[^]]*] (<<<|>>>|---) ?(.*)$");
  private static final Pattern DELAY = Pattern.compile("delay=([0-9.]+): sleeping");

  private LabFastAgiCapture() {}

  static Map<String, Conversation> read(String resource) throws IOException {
    String text;
    try (InputStream in = LabFastAgiCapture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no capture " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Builder> sections = new LinkedHashMap<>();
    Builder current = null;
    for (String raw : text.split("\n")) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      Matcher section = SECTION.matcher(line);
      if (section.find()) {
        current = new Builder();
        sections.put(section.group(1), current);
        continue;
      }
      Matcher entry = LINE.matcher(line);
      if (current != null && entry.matches()) {
        current.add(entry.group(1), entry.group(2));
      }
    }
    Map<String, Conversation> conversations = new LinkedHashMap<>();
    sections.forEach((scenario, builder) -> conversations.put(scenario, builder.build()));
    return conversations;
  }

  /** Collects one section. */
  private static final class Builder {
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private boolean closesAtOnce;
    private boolean inEnvironment = true;
    private List<String> replies;

    void add(String direction, String content) {
      if (direction.equals("---")) {
        Matcher delay = DELAY.matcher(content);
        if (delay.find()) {
          steps.add(new Pause(Double.parseDouble(delay.group(1))));
        }
        closesAtOnce |= content.startsWith("crash=1");
        return;
      }
      if (direction.equals("<<<") && inEnvironment) {
        if (content.isEmpty()) {
          inEnvironment = false;
        } else {
          int colon = content.indexOf(':');
          environment.put(content.substring(0, colon), content.substring(colon + 1).trim());
        }
        return;
      }
      if (direction.equals(">>>")) {
        replies = new ArrayList<>();
        steps.add(new Command(content, replies));
      } else if (replies != null) {
        replies.add(content);
      }
    }

    Conversation build() {
      return new Conversation(environment, List.copyOf(steps), closesAtOnce);
    }
  }
}
