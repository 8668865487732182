package fr.cci.hotline.simulator.pbx;

import java.util.Map;

/** Q.850 causes used by the model, with the texts of Asterisk's ast_cause2str. */
public final class HangupCause {

  public static final int UNKNOWN = 0;
  public static final int NORMAL_CLEARING = 16;
  public static final int USER_BUSY = 17;
  public static final int NO_ANSWER = 19;
  public static final int SUBSCRIBER_ABSENT = 20;
  public static final int CALL_REJECTED = 21;
  public static final int ORIGINATOR_CANCEL = 26;

  private static final Map<Integer, String> TEXTS =
      Map.of(
          0, "Unknown",
          16, "Normal Clearing",
          17, "User busy",
          18, "No user responding",
          19, "User alerting, no answer",
          20, "Subscriber absent",
          21, "Call Rejected",
          26, "Answered elsewhere",
          34, "Circuit/channel congestion");

  private HangupCause() {}

  public static String text(int cause) {
    return TEXTS.getOrDefault(cause, "Unknown");
  }
}
