package fr.cci.hotline.simulator.dialplan;

import java.util.ArrayList;
import java.util.List;

/** A small recursive-descent evaluator for $[…]: | & comparisons + - * / ! and parentheses. */
final class ExpressionEvaluator {

  private static final List<String> OPERATORS =
      List.of(
          "!=", "<=", ">=", "==", "=", "<", ">", "&", "|", "!", "(", ")", "+", "-", "*", "/", "%");

  private final List<String> tokens;
  private int next;

  private ExpressionEvaluator(List<String> tokens) {
    this.tokens = tokens;
  }

  static String evaluate(String expression) {
    List<String> tokens = tokenize(expression);
    if (tokens.isEmpty()) {
      return "";
    }
    ExpressionEvaluator evaluator = new ExpressionEvaluator(tokens);
    try {
      return evaluator.or();
    } catch (RuntimeException syntaxError) {
      return "";
    }
  }

  private String or() {
    String left = and();
    while (accept("|")) {
      String right = and();
      left = Expressions.isTrue(left) ? left : right;
    }
    return left;
  }

  private String and() {
    String left = comparison();
    while (accept("&")) {
      String right = comparison();
      left = Expressions.isTrue(left) && Expressions.isTrue(right) ? left : "0";
    }
    return left;
  }

  private String comparison() {
    String left = additive();
    for (String op : List.of("!=", "<=", ">=", "==", "=", "<", ">")) {
      if (accept(op)) {
        return compare(left, op, additive()) ? "1" : "0";
      }
    }
    return left;
  }

  private String additive() {
    String left = multiplicative();
    while (true) {
      if (accept("+")) {
        left = format(number(left) + number(multiplicative()));
      } else if (accept("-")) {
        left = format(number(left) - number(multiplicative()));
      } else {
        return left;
      }
    }
  }

  private String multiplicative() {
    String left = unary();
    while (true) {
      if (accept("*")) {
        left = format(number(left) * number(unary()));
      } else if (accept("/")) {
        left = format(Math.floor(number(left) / number(unary())));
      } else if (accept("%")) {
        left = format(number(left) % number(unary()));
      } else {
        return left;
      }
    }
  }

  private String unary() {
    if (accept("!")) {
      return Expressions.isTrue(unary()) ? "0" : "1";
    }
    if (accept("-")) {
      return format(-number(unary()));
    }
    if (accept("(")) {
      String inner = or();
      accept(")");
      return inner;
    }
    String token = tokens.get(next++);
    return token.startsWith("\u0000") ? token.substring(1) : token;
  }

  private boolean accept(String operator) {
    if (next < tokens.size() && tokens.get(next).equals(operator)) {
      next++;
      return true;
    }
    return false;
  }

  private static boolean compare(String left, String op, String right) {
    int order;
    if (isNumber(left) && isNumber(right)) {
      order = Double.compare(Double.parseDouble(left.trim()), Double.parseDouble(right.trim()));
    } else {
      order = left.compareTo(right);
    }
    return switch (op) {
      case "=", "==" -> order == 0;
      case "!=" -> order != 0;
      case "<" -> order < 0;
      case ">" -> order > 0;
      case "<=" -> order <= 0;
      default -> order >= 0;
    };
  }

  private static boolean isNumber(String value) {
    try {
      Double.parseDouble(value.trim());
      return !value.isBlank();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static double number(String value) {
    return isNumber(value) ? Double.parseDouble(value.trim()) : 0;
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Quoted strings become tokens marked with a NUL so that "=" inside quotes stays a string. */
  private static List<String> tokenize(String expression) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = expression.indexOf('"', i + 1);
        end = end < 0 ? expression.length() : end;
        tokens.add("\u0000" + expression.substring(i + 1, end));
        i = end + 1;
      } else {
        String operator = operatorAt(expression, i);
        if (operator != null) {
          tokens.add(operator);
          i += operator.length();
        } else {
          int start = i;
          while (i < expression.length()
              && !Character.isWhitespace(expression.charAt(i))
              && operatorAt(expression, i) == null
              && expression.charAt(i) != '"') {
            i++;
          }
          tokens.add(expression.substring(start, i));
        }
      }
    }
    return tokens;
  }

  private static String operatorAt(String expression, int index) {
    for (String operator : OPERATORS) {
      if (expression.startsWith(operator, index)) {
        return operator;
      }
    }
    return null;
  }
}
