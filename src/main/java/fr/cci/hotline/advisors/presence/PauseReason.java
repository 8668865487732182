package fr.cci.hotline.advisors.presence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Why an advisor is paused; the code is stored, sent to the fallback queue and shown in French. */
public enum PauseReason {
  LUNCH("lunch", true),
  MEETING("meeting", true),
  TRAINING("training", true),
  OTHER("other", true),
  /** Set by the service after unanswered offers in a row, never chosen by a person. */
  NO_ANSWER(PresenceRules.NO_ANSWER, false);

  private final String code;
  private final boolean selectable;

  PauseReason(String code, boolean selectable) {
    this.code = code;
    this.selectable = selectable;
  }

  public String code() {
    return code;
  }

  /** The reasons a person may choose, in the order the page offers them. */
  public static List<PauseReason> selectable() {
    return Arrays.stream(values()).filter(reason -> reason.selectable).toList();
  }

  public static Optional<PauseReason> selectable(String code) {
    return selectable().stream().filter(reason -> reason.code.equals(code)).findFirst();
  }

  public static List<String> selectableCodes() {
    return selectable().stream().map(PauseReason::code).toList();
  }
}
