package fr.cci.hotline.advisors.presence;

/** What a presence rule decided for one row. */
public record Decision(Kind kind, PresenceRow next, String refusal) {

  public enum Kind {
    /** Write {@code next}. */
    CHANGE,
    /** Nothing to do: already there, or a fact about another call. */
    UNCHANGED,
    /** The action makes no sense in this state; {@code refusal} is the message key. */
    REFUSED
  }

  static Decision change(PresenceRow next) {
    return new Decision(Kind.CHANGE, next, null);
  }

  static Decision unchanged() {
    return new Decision(Kind.UNCHANGED, null, null);
  }

  static Decision refused(String messageKey) {
    return new Decision(Kind.REFUSED, null, messageKey);
  }

  public boolean changes() {
    return kind == Kind.CHANGE;
  }
}
