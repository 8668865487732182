package fr.cci.hotline.simulator.dialplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the supported subset of extensions.conf: [context], [globals], "exten =>" and "same =>"
 * lines with numbered, n and n(label) priorities, ';' comments.
 */
public final class DialplanParser {

  private String context;
  private Extension current;

  public static Dialplan parse(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dialplan " + file.toAbsolutePath(), e);
    }
  }

  public static Dialplan parse(List<String> lines) {
    Dialplan dialplan = new Dialplan();
    DialplanParser parser = new DialplanParser();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = stripComment(raw).trim();
      if (line.isEmpty()) {
        continue;
      }
      try {
        parser.line(dialplan, line);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("dialplan line " + number + ": " + raw, e);
      }
    }
    return dialplan;
  }

  private void line(Dialplan dialplan, String line) {
    if (line.startsWith("[")) {
      context = line.substring(1, line.indexOf(']')).trim();
      current = null;
      return;
    }
    if ("globals".equals(context)) {
      int equals = line.indexOf('=');
      dialplan.global(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
      return;
    }
    int arrow = line.indexOf("=>");
    if (arrow < 0) {
      return; // include =>, switch => and settings are outside the subset
    }
    String keyword = line.substring(0, arrow).trim();
    String rest = line.substring(arrow + 2).trim();
    if (keyword.equals("exten")) {
      int comma = rest.indexOf(',');
      current = dialplan.extension(context, rest.substring(0, comma).trim());
      rest = rest.substring(comma + 1);
    } else if (!keyword.equals("same") || current == null) {
      return;
    }
    int comma = rest.indexOf(',');
    addStep(rest.substring(0, comma).trim(), rest.substring(comma + 1).trim());
  }

  private void addStep(String priorityText, String command) {
    String label = null;
    String number = priorityText;
    int paren = priorityText.indexOf('(');
    if (paren >= 0) {
      label = priorityText.substring(paren + 1, priorityText.indexOf(')'));
      number = priorityText.substring(0, paren);
    }
    int priority =
        number.equals("n") || number.isEmpty()
            ? current.lastPriority() + 1
            : Integer.parseInt(number.trim());
    String application = command;
    String arguments = "";
    int open = command.indexOf('(');
    if (open >= 0) {
      application = command.substring(0, open).trim();
      int close = command.lastIndexOf(')');
      arguments = command.substring(open + 1, close < open ? command.length() : close);
    }
    current.add(new DialplanStep(priority, label, application.trim(), arguments));
  }

  private static String stripComment(String line) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == ';') {
        kept.append(';');
        i++;
      } else if (c == ';') {
        break;
      } else {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
