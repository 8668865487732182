package fr.cci.hotline.advisors.internal;

/** What a presence rule decided for one row. */
record Decision(Kind kind, PresenceRow next, String refusal) {

  enum Kind {
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

  boolean changes() {
    return kind == Kind.CHANGE;
  }
}
