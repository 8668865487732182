package fr.cci.hotline.testing;

import java.util.List;

/**
 * What a caller presses in the menu of {@code src/main/resources/ivr/menu.yml}, by what it means,
 * so that a test reads as the call it plays ({@code MenuTests} checks these against the file).
 */
public final class MenuKeys {

  /** Topics (menu.topic.choices). */
  public static final String TRESORERIE = "1";

  public static final String ACTIVITE_PARTIELLE = "2";
  public static final String FONDS_SOLIDARITE = "3";
  public static final String AUTRE_SUJET = "4";

  /** A key that is no topic. */
  public static final String NOT_A_TOPIC = "9";

  /** Asks for the question again (menu.repeat-key). */
  public static final String REPEAT = "*";

  /** Accepts a call-back, on a closed line (menu.closed.callback-key) or while waiting. */
  public static final String CALL_ME_BACK = "1";

  /** Confirms the number read back for the call-back. */
  public static final String THAT_NUMBER = "1";

  /** Départements, typed with the {@code #} that ends the answer. */
  public static final String CALVADOS = "14#";

  public static final String EURE = "27#";
  public static final String MANCHE = "50#";
  public static final String ORNE = "61#";
  public static final String SEINE_MARITIME = "76#";

  /** A département outside Normandy. */
  public static final String PARIS = "75#";

  /** Two digits that are no département. */
  public static final String NOT_A_DEPARTEMENT = "99#";

  public static final List<String> TOPICS =
      List.of(TRESORERIE, ACTIVITE_PARTIELLE, FONDS_SOLIDARITE, AUTRE_SUJET);

  public static final List<String> NORMANDY = List.of(CALVADOS, EURE, MANCHE, ORNE, SEINE_MARITIME);

  private MenuKeys() {}

  /** A number to be called back at, typed on the keypad and ended by {@code #}. */
  public static String callMeBackAt(String number) {
    return number + "#";
  }

  /** A postal code: its five digits end the answer without {@code #}. */
  public static String postalCode(String code) {
    return code;
  }
}
