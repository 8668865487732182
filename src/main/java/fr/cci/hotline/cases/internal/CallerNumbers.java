package fr.cci.hotline.cases.internal;

import java.util.Locale;
import java.util.Set;

/** Which caller numbers can recognise a returning caller: not withheld or unknown ones. */
final class CallerNumbers {

  private static final Set<String> WITHHELD =
      Set.of("unknown", "anonymous", "private", "restricted", "withheld", "unavailable");

  private CallerNumbers() {}

  static boolean identifiable(String number) {
    return number != null
        && !number.isBlank()
        && !WITHHELD.contains(number.strip().toLowerCase(Locale.ROOT));
  }
}
