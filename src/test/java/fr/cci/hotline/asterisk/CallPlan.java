package fr.cci.hotline.asterisk;

import fr.cci.hotline.simulator.CallerScript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test caller does, written once and played by sipp against the real Asterisk or by the
 * simulator: the number they call from, the keys they press at given times after the hotline
 * answered, and when they hang up. Keys pressed while the service is between two commands are lost
 * on both, as on a real line.
 */
final class CallPlan {

  /** Long enough for any scenario: the hotline or the advisor ends the call before. */
  static final Duration PATIENT = Duration.ofMinutes(10);

  private final String callerNumber;
  private final List<DtmfPcap.Press> presses = new ArrayList<>();
  private Duration hangUpAfter = PATIENT;

  private CallPlan(String callerNumber) {
    this.callerNumber = callerNumber;
  }

  static CallPlan from(String callerNumber) {
    return new CallPlan(callerNumber);
  }

  /** Presses {@code keys} at {@code seconds} after the answer. */
  CallPlan press(double seconds, String keys) {
    presses.add(new DtmfPcap.Press(Duration.ofMillis((long) (seconds * 1000)), keys));
    return this;
  }

  /** Hangs up {@code seconds} after the answer, whatever happens. */
  CallPlan hangUpAfter(double seconds) {
    hangUpAfter = Duration.ofMillis((long) (seconds * 1000));
    return this;
  }

  String callerNumber() {
    return callerNumber;
  }

  List<DtmfPcap.Press> presses() {
    return List.copyOf(presses);
  }

  Duration hangUpAfter() {
    return hangUpAfter;
  }

  /** The same caller for the PBX simulator. */
  CallerScript toSimulator() {
    CallerScript script = CallerScript.from(callerNumber);
    for (DtmfPcap.Press press : presses) {
      script.pressAt(press.at(), press.digits());
    }
    if (!hangUpAfter.equals(PATIENT)) {
      script.hangUpAfterAnswer(hangUpAfter);
    }
    return script;
  }
}
