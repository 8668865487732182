package fr.cci.hotline.ivr.menu;

import java.util.Optional;

/**
 * Where the caller's firm is, from the digits they typed: a département number (2 digits, or 3 for
 * overseas 971–976) or a postal code (5 digits, starting with the département).
 */
record Location(String department, String postalCode) {

  static Optional<Location> parse(String digits) {
    if (digits == null || !digits.matches("\\d+")) {
      return Optional.empty();
    }
    return switch (digits.length()) {
      case 2 -> metropolitan(digits).map(department -> new Location(department, null));
      case 3 -> overseas(digits).map(department -> new Location(department, null));
      case 5 -> fromPostalCode(digits).map(department -> new Location(department, digits));
      default -> Optional.empty();
    };
  }

  private static Optional<String> fromPostalCode(String code) {
    String prefix = code.substring(0, 2);
    if (prefix.equals("97") || prefix.equals("98")) {
      return overseas(code.substring(0, 3));
    }
    if (prefix.equals("20")) {
      return Optional.of("20"); // Corsica (2A/2B): outside Normandy either way
    }
    return metropolitan(prefix);
  }

  private static Optional<String> metropolitan(String number) {
    int value = Integer.parseInt(number);
    boolean valid = value >= 1 && value <= 95 && value != 20;
    return valid ? Optional.of(number) : Optional.empty();
  }

  private static Optional<String> overseas(String number) {
    int value = Integer.parseInt(number);
    return value >= 971 && value <= 976 ? Optional.of(number) : Optional.empty();
  }
}
