package fr.cci.hotline.simulator.dialplan;

import java.util.function.UnaryOperator;

/**
 * Variable substitution (${VAR}, ${FUNC(arg)}, nested) and $[…] expressions, as pbx_substitute and
 * ast_expr do for the subset the dialplan uses.
 */
public final class Expressions {

  private Expressions() {}

  /**
   * Substitutes every ${…} and $[…] in the text.
   *
   * @param lookup receives the text inside ${…} (already substituted) and returns its value, or an
   *     empty string when unset
   */
  public static String substitute(String text, UnaryOperator<String> lookup) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$'
          && i + 1 < text.length()
          && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '[')) {
        char open = text.charAt(i + 1);
        char close = open == '{' ? '}' : ']';
        int end = matching(text, i + 1, open, close);
        if (end < 0) {
          out.append(text.substring(i));
          break;
        }
        String inner = substitute(text.substring(i + 2, end), lookup);
        out.append(open == '{' ? value(inner, lookup) : ExpressionEvaluator.evaluate(inner));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Asterisk's truth: empty and numeric zero are false, anything else true. */
  public static boolean isTrue(String value) {
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.isEmpty()) {
      return false;
    }
    try {
      return Double.parseDouble(trimmed) != 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static String value(String inner, UnaryOperator<String> lookup) {
    // ${VAR:offset:length} substrings; functions contain '(' and are looked up whole.
    int colon = inner.indexOf(':');
    if (colon > 0 && inner.indexOf('(') < 0) {
      String whole = nullToEmpty(lookup.apply(inner.substring(0, colon)));
      return substring(whole, inner.substring(colon + 1));
    }
    return nullToEmpty(lookup.apply(inner));
  }

  private static String substring(String value, String spec) {
    String[] parts = spec.split(":", 2);
    try {
      int offset = Integer.parseInt(parts[0].trim());
      int start =
          offset < 0 ? Math.max(0, value.length() + offset) : Math.min(offset, value.length());
      int end = value.length();
      if (parts.length > 1 && !parts[1].isBlank()) {
        int length = Integer.parseInt(parts[1].trim());
        end =
            length < 0
                ? Math.max(start, value.length() + length)
                : Math.min(value.length(), start + length);
      }
      return value.substring(start, end);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static int matching(String text, int openIndex, char open, char close) {
    int depth = 0;
    for (int i = openIndex; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
