package fr.cci.hotline.supervision.figures;

import fr.cci.hotline.cases.CaseTimes;
import java.time.Duration;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The queue's figures for a set of calls, and the one place where they are defined (the README
 * states the same):
 *
 * <ul>
 *   <li><b>offered</b>: a call that entered the waiting line, after the menu;
 *   <li><b>answered</b>: an offered call an advisor answered;
 *   <li><b>abandoned</b>: an offered call that left the line without an advisor and without asking
 *       to be called back; a <b>short abandon</b> left within {@value #SHORT_ABANDON_SECONDS} s of
 *       joining it, and is left out of the service level;
 *   <li><b>call-back requested</b>: an offered call that left the line with a request to be called
 *       back (a call-back asked on a closed line was never offered);
 *   <li><b>wait</b>: from joining the line to the answer, or to leaving it; the menu is not wait;
 *       in whole seconds, as the case records keep it;
 *   <li><b>service level</b>: answered within the threshold ÷ (offered − short abandons);
 *   <li><b>ASA</b> (average speed of answer): the mean wait of answered calls;
 *   <li><b>abandonment rate</b>: abandoned (short ones included) ÷ offered;
 *   <li>both rates count the offered calls that have left the line: a caller still waiting is
 *       neither answered in time nor lost yet;
 *   <li><b>AHT</b> (average handling time): the mean talk of answered calls plus the wrap-up.
 * </ul>
 *
 * @param arrived every call, offered or not
 * @param settled offered calls that have left the line (answered, abandoned, call-back asked)
 * @param waitedAnswers answered calls whose wait is known (the ASA's denominator)
 * @param answeredWaitSeconds the waits of those calls, added up
 * @param talks answered calls whose conversation is over
 */
public record QueueFigures(
    int arrived,
    int offered,
    int settled,
    int answered,
    int abandoned,
    int shortAbandons,
    int callbacks,
    int answeredWithinThreshold,
    int waitedAnswers,
    long answeredWaitSeconds,
    int talks,
    long talkSeconds) {

  /** A caller who leaves the line sooner than this (in whole seconds) is a short abandon. */
  public static final int SHORT_ABANDON_SECONDS = 5;

  public static final QueueFigures NONE = new QueueFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public static boolean shortAbandon(long waitSeconds) {
    return waitSeconds < SHORT_ABANDON_SECONDS;
  }

  public static boolean withinThreshold(long waitSeconds, Duration threshold) {
    return waitSeconds <= threshold.toSeconds();
  }

  /** A measured wait in whole seconds, rounded as the case records round it. */
  public static long wholeSeconds(Duration waited) {
    return (Math.max(0, waited.toMillis()) + 500) / 1000;
  }

  /** The figures of these calls against the service-level threshold. */
  public static QueueFigures of(Collection<CaseTimes> calls, Duration threshold) {
    QueueFigures figures = NONE;
    for (CaseTimes call : calls) {
      figures = figures.plus(call, threshold);
    }
    return figures;
  }

  /** These figures with one more call. */
  public QueueFigures plus(CaseTimes call, Duration threshold) {
    CallOutcome outcome = CallOutcome.of(call);
    boolean answer = outcome == CallOutcome.ANSWERED;
    boolean timed = answer && call.waitSeconds() != null;
    boolean talked = answer && call.talkSeconds() != null;
    return new QueueFigures(
        arrived + 1,
        offered + (CallOutcome.offered(call) ? 1 : 0),
        settled + (CallOutcome.offered(call) && outcome != CallOutcome.UNRESOLVED ? 1 : 0),
        answered + (answer ? 1 : 0),
        abandoned + (outcome.abandoned() ? 1 : 0),
        shortAbandons + (outcome == CallOutcome.SHORT_ABANDON ? 1 : 0),
        callbacks + (outcome == CallOutcome.CALLBACK ? 1 : 0),
        answeredWithinThreshold + (timed && withinThreshold(call.waitSeconds(), threshold) ? 1 : 0),
        waitedAnswers + (timed ? 1 : 0),
        answeredWaitSeconds + (timed ? call.waitSeconds() : 0),
        talks + (talked ? 1 : 0),
        talkSeconds + (talked ? call.talkSeconds() : 0));
  }

  /**
   * Answered within the threshold ÷ (offered − short abandons), over the calls that have left the
   * line; empty without such calls.
   */
  public OptionalDouble serviceLevel() {
    return ratio(answeredWithinThreshold, settled - shortAbandons);
  }

  /** The mean wait of answered calls, in seconds. */
  public OptionalDouble averageSpeedOfAnswer() {
    return ratio(answeredWaitSeconds, waitedAnswers);
  }

  /** Abandoned ÷ offered, over the calls that have left the line. */
  public OptionalDouble abandonmentRate() {
    return ratio(abandoned, settled);
  }

  /** The mean talk of answered calls plus the wrap-up, in seconds. */
  public OptionalDouble averageHandlingSeconds(Duration wrapUp) {
    OptionalDouble talk = ratio(talkSeconds, talks);
    return talk.isPresent()
        ? OptionalDouble.of(talk.getAsDouble() + wrapUp.toMillis() / 1000.0)
        : OptionalDouble.empty();
  }

  private static OptionalDouble ratio(double part, double whole) {
    return whole > 0 ? OptionalDouble.of(part / whole) : OptionalDouble.empty();
  }
}
