package fr.cci.hotline.asterisk;

import fr.cci.hotline.testing.MenuKeys;

/**
 * The keys of the shipped menu ({@code src/main/resources/ivr/menu.yml}) and when a caller who
 * knows it presses them: the topic during the welcome (type-ahead), the location while asked. Times
 * are seconds after the answer, read off the prompts' lengths (welcome 8.0 s, confidentiality 6.9
 * s, topic-menu 18.1 s, location-ask 9.5 s).
 */
final class Menu {

  /** The welcome plays from the answer; a topic key interrupts it. */
  static final double DURING_WELCOME = 1.5;

  /** After a topic typed ahead, the location question starts at once. */
  static final double DURING_LOCATION_QUESTION = 4.0;

  /** The welcome and confidentiality notice played to the end. */
  static final double TOPIC_QUESTION_STARTS = 8.0 + 6.9;

  enum Topic {
    TRESORERIE(MenuKeys.TRESORERIE, "tresorerie"),
    ACTIVITE_PARTIELLE(MenuKeys.ACTIVITE_PARTIELLE, "activite-partielle"),
    FONDS_SOLIDARITE(MenuKeys.FONDS_SOLIDARITE, "fonds-solidarite"),
    AUTRE(MenuKeys.AUTRE_SUJET, "autre");

    final String key;
    final String recorded;

    Topic(String key, String recorded) {
      this.key = key;
      this.recorded = recorded;
    }
  }

  static final String REPEAT = MenuKeys.REPEAT;

  private Menu() {}

  /** A département or postal code as typed: digits then {@code #}. */
  static String location(String departmentOrPostalCode) {
    return departmentOrPostalCode + "#";
  }

  /** A caller who types the topic during the welcome and the location when asked. */
  static CallPlan typingAhead(String callerNumber, Topic topic, String location) {
    return CallPlan.from(callerNumber)
        .press(DURING_WELCOME, topic.key)
        .press(DURING_LOCATION_QUESTION, location(location));
  }
}
