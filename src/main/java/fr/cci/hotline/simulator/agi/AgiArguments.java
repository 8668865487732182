package fr.cci.hotline.simulator.agi;

import java.util.ArrayList;
import java.util.List;

/** Splits an AGI command line the way res_agi's parse_args does: blanks, quotes, backslashes. */
final class AgiArguments {

  private AgiArguments() {}

  static List<String> parse(String line) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean escaped = false;
    boolean inArgument = false;
    for (char c : line.toCharArray()) {
      if (escaped) {
        current.append(c);
        escaped = false;
        inArgument = true;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        quoted = !quoted;
        inArgument = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inArgument) {
          arguments.add(current.toString());
          current.setLength(0);
          inArgument = false;
        }
      } else {
        current.append(c);
        inArgument = true;
      }
    }
    if (inArgument) {
      arguments.add(current.toString());
    }
    return arguments;
  }
}
