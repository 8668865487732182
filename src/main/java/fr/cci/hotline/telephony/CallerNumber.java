package fr.cci.hotline.telephony;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A caller's number as the PBX presented it, in one form whatever the operator's: {@code +33 6 12
 * 34 56 78}, {@code 0033612345678} and {@code 33612345678} are all {@code 0612345678}; other
 * countries keep {@code +} and their code. The one rule for "who is this caller" (a returning
 * caller's earlier cases) and "can they be called back" (the French numbering plan).
 *
 * <p>Confidential: {@link #toString()} masks it ({@code 06 •• •• •• 78}), so that it never reaches
 * a log line whole. Spooled and stored as {@link #value()}.
 */
public final class CallerNumber {

  /** What the PBX or the operator present when the caller hid their number. */
  private static final Set<String> WITHHELD =
      Set.of("unknown", "anonymous", "private", "restricted", "withheld", "unavailable");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.()/-]");
  private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]+");

  /**
   * Geographic numbers (01 to 05), mobiles (06, 07) and non-geographic ones (09). Not 08 (free and
   * special-rate services, which cannot be dialled back as a person) nor short numbers.
   */
  private static final Pattern FRENCH_REACHABLE = Pattern.compile("0[1-79][0-9]{8}");

  /** What a caller types on a keypad: digits only, no + nor international prefix. */
  private static final Pattern KEYED = Pattern.compile("[0-9]{10}");

  /** No number: hidden by the caller, or not presented at all. */
  public static final CallerNumber HIDDEN = new CallerNumber("");

  private final String value;

  private CallerNumber(String value) {
    this.value = value;
  }

  /** The number as presented, in any of the operators' forms; null, blank or withheld: hidden. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CallerNumber of(String presented) {
    if (presented == null || WITHHELD.contains(presented.strip().toLowerCase(Locale.ROOT))) {
      return HIDDEN;
    }
    String number = SEPARATORS.matcher(presented).replaceAll("");
    if (!DIALLABLE.matcher(number).matches()) {
      return HIDDEN; // a name or a word: nothing that identifies or reaches the caller
    }
    if (number.startsWith("+")) {
      return international(number.substring(1));
    }
    if (number.startsWith("00")) {
      return international(number.substring(2));
    }
    if (number.length() == 11 && number.startsWith("33")) {
      return international(number); // some trunks drop the + of +33
    }
    return new CallerNumber(number);
  }

  /**
   * A number the caller typed on their keypad to be called back at: exactly ten digits of a French
   * number that can be called back (01 to 05, 06, 07 or 09 after the 0); empty for anything else,
   * an 08 service or a short number included.
   */
  public static Optional<CallerNumber> keyedIn(String digits) {
    if (digits == null || !KEYED.matcher(digits).matches()) {
      return Optional.empty();
    }
    CallerNumber number = new CallerNumber(digits);
    return number.reachable() ? Optional.of(number) : Optional.empty();
  }

  /** {@code 33…} becomes the national form; a number of another country keeps its code. */
  private static CallerNumber international(String digits) {
    if (digits.startsWith("33")) {
      String national = digits.substring(2);
      if (national.startsWith("0")) {
        national = national.substring(1); // +33 (0)6…, as printed on letterheads
      }
      if (national.length() == 9) {
        return new CallerNumber("0" + national);
      }
    }
    return digits.isEmpty() ? HIDDEN : new CallerNumber("+" + digits);
  }

  /**
   * The normalised number: {@code 0612345678}, {@code +441632960961}, {@code 3939}; empty if
   * hidden.
   */
  @JsonValue
  public String value() {
    return value;
  }

  /** Whether the caller presented a number: one that recognises them when they call again. */
  public boolean presented() {
    return !value.isEmpty();
  }

  /** Whether the hotline can call this number back: a French number a person answers. */
  public boolean reachable() {
    return FRENCH_REACHABLE.matcher(value).matches();
  }

  /** For lists and logs: the first and last two digits, {@code 06 •• •• •• 78}. */
  public String masked() {
    if (value.isEmpty()) {
      return "masqué";
    }
    String prefix = value.startsWith("+") ? "+" : "";
    String digits = value.substring(prefix.length());
    if (digits.length() <= 2) {
      return prefix + "••";
    }
    StringBuilder masked = new StringBuilder(prefix).append(digits, 0, 2);
    int hidden = Math.max(2, digits.length() - 4);
    masked.append(" ••".repeat((hidden + 1) / 2));
    if (digits.length() > 4) {
      masked.append(' ').append(digits, digits.length() - 2, digits.length());
    }
    return masked.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CallerNumber number && number.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked: a caller number is never logged whole. */
  @Override
  public String toString() {
    return masked();
  }
}
