package fr.cci.hotline.supervision.web;

import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.supervision.figures.CallOutcome;
import fr.cci.hotline.supervision.figures.Places;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words supervisors read (messages.properties, in French) for places, topics and states. */
@Component
public class Labels {

  private final MessageSource messages;
  private final Places places;

  Labels(MessageSource messages, Places places) {
    this.messages = messages;
    this.places = places;
  }

  /** {@code 14 — Calvados}, {@code Hors Normandie}, {@code Non précisé}. */
  public String department(String tag) {
    return message("supervision.department." + tag, tag);
  }

  public String chamber(String code) {
    return Places.NONE.equals(places.chamber(code))
        ? message("supervision.chamber.none", "")
        : places.chamberName(code);
  }

  /** The menu's topic code in words ({@code tresorerie} → {@code Trésorerie, PGE}). */
  public String topic(String code) {
    return code == null
        ? message("supervision.topic.none", "")
        : message("supervision.topic." + code, code);
  }

  public String outcome(CallOutcome outcome) {
    return message("supervision.outcome." + outcome.name(), outcome.name());
  }

  /** {@code Disponible}, {@code En pause — Déjeuner}: the presence page's words. */
  public String state(PresenceState state, String pauseReason) {
    String label = message("advisors.state." + state.name(), state.name());
    if (state == PresenceState.PAUSED && pauseReason != null) {
      return label + " — " + message("advisors.pause." + pauseReason, pauseReason);
    }
    return label;
  }

  public String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  private String message(String key, String otherwise) {
    return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
  }
}
