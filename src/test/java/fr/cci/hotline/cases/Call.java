package fr.cci.hotline.cases;

import fr.cci.hotline.ivr.CallAbandoned;
import fr.cci.hotline.ivr.CallArrived;
import fr.cci.hotline.ivr.CallClosedLine;
import fr.cci.hotline.ivr.CallerLocated;
import fr.cci.hotline.ivr.TopicChosen;
import fr.cci.hotline.routing.AdvisorOffered;
import fr.cci.hotline.routing.CallAnswered;
import fr.cci.hotline.routing.CallCompleted;
import fr.cci.hotline.routing.CallQueued;
import fr.cci.hotline.routing.CallbackAttemptFailed;
import fr.cci.hotline.routing.CallbackCancelled;
import fr.cci.hotline.routing.CallbackFailed;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallbackTriggered;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.LineClosedWhileWaiting;
import fr.cci.hotline.routing.OfferDeclined;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.FallbackCallEnded;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test call and the events the menu and routing would publish for it, each {@code seconds} after
 * its arrival. Every call has a case number and a caller number of its own, so that tests sharing a
 * database never see each other's cases.
 */
public record Call(String caseNumber, String callId, CallerNumber callerNumber, Instant arrivedAt) {

  public static final String HOTLINE = "0232100900";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);
  private static final String LETTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  /** A new caller, arriving {@code ago} before now. */
  public static Call arriving(Duration ago) {
    return from(newCallerNumber(), ago);
  }

  /** A caller presenting this number (or a withheld one), {@code ago} before now. */
  public static Call from(String presented, Duration ago) {
    return from(CallerNumber.of(presented), ago);
  }

  /** The same caller calling, {@code ago} before now. */
  public static Call from(CallerNumber callerNumber, Duration ago) {
    Instant at = Instant.now().minus(ago).truncatedTo(ChronoUnit.MILLIS);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      suffix.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return new Call(
        "CP-" + DAY.format(at) + "-" + suffix,
        at.getEpochSecond() + "." + random.nextInt(1_000_000),
        callerNumber,
        at);
  }

  public static CallerNumber newCallerNumber() {
    return CallerNumber.of(
        "06" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
  }

  public CallArrived arrived() {
    return new CallArrived(callId, caseNumber, callerNumber, HOTLINE, true, arrivedAt);
  }

  public CallArrived arrivedOnClosedLine() {
    return new CallArrived(callId, caseNumber, callerNumber, HOTLINE, false, arrivedAt);
  }

  public TopicChosen topic(String topic, int seconds) {
    return new TopicChosen(caseNumber, topic, at(seconds));
  }

  public CallerLocated located(String department, String postalCode, int seconds) {
    return new CallerLocated(caseNumber, department, postalCode, true, at(seconds));
  }

  public CallQueued queued(String department, int seconds) {
    return new CallQueued(caseNumber, callId, department, at(seconds));
  }

  public AdvisorOffered offeredTo(String advisorId, String chamber, int seconds) {
    return new AdvisorOffered(caseNumber, callId, advisorId, chamber, at(seconds));
  }

  public OfferDeclined declinedBy(String advisorId, DialStatus outcome, int rang, int seconds) {
    return new OfferDeclined(caseNumber, advisorId, outcome, Duration.ofSeconds(rang), at(seconds));
  }

  /** Answered {@code seconds} after the arrival, having waited {@code waited} in the line. */
  public CallAnswered answeredBy(String advisorId, String chamber, int waited, int seconds) {
    return new CallAnswered(
        caseNumber, advisorId, chamber, "76", Duration.ofSeconds(waited), at(seconds), false);
  }

  public CallCompleted completed(String advisorId, int talked, int seconds) {
    return new CallCompleted(caseNumber, advisorId, Duration.ofSeconds(talked), at(seconds));
  }

  public CallAbandoned abandonedAt(String step, int seconds) {
    return new CallAbandoned(caseNumber, step, at(seconds));
  }

  /** The caller's channel ended, as AMI reports it. */
  public ChannelHungUp channelEnded(int seconds) {
    return new ChannelHungUp(callId, callId, "PJSIP/operator-00000001", 16, "", at(seconds));
  }

  /** The dialplan's fallback queue ended the caller's stay ({@code member} when answered). */
  public FallbackCallEnded fallbackEnded(
      FallbackCallEnded.Outcome outcome, String member, int waited, int seconds) {
    return new FallbackCallEnded(callId, outcome, member, Duration.ofSeconds(waited), at(seconds));
  }

  /** Left the line {@code seconds} after the arrival, having waited {@code waited} in it. */
  public CallerLeftWaiting leftWaiting(int waited, int seconds) {
    return new CallerLeftWaiting(caseNumber, "76", Duration.ofSeconds(waited), at(seconds));
  }

  public CallbackRequested callbackRequested(CallbackRequested.Reason reason, int seconds) {
    return new CallbackRequested(caseNumber, callerNumber, "76", arrivedAt, reason, at(seconds));
  }

  /** A call-back's advisor leg rang: it names the advisor's leg, not the caller's channel. */
  public AdvisorOffered callbackOfferedTo(String advisorId, String chamber, int seconds) {
    return new AdvisorOffered(
        caseNumber, "leg-" + advisorId + "-" + seconds, advisorId, chamber, at(seconds));
  }

  public CallbackAttemptFailed ownerNotReached(String advisorId, int attempt, int seconds) {
    return new CallbackAttemptFailed(
        caseNumber, advisorId, DialStatus.NOANSWER, attempt, at(seconds + 900), at(seconds));
  }

  public CallbackFailed callbackFailed(String advisorId, int seconds) {
    return new CallbackFailed(caseNumber, advisorId, 3, DialStatus.NOANSWER, at(seconds));
  }

  public CallbackTriggered callbackTriggered(String username, int seconds) {
    return new CallbackTriggered(caseNumber, username, true, at(seconds));
  }

  public CallbackCancelled callbackCancelled(String username, int seconds) {
    return new CallbackCancelled(caseNumber, username, "rappelé à la main", at(seconds));
  }

  public LineClosedWhileWaiting lineClosedWhileWaiting(int seconds) {
    return new LineClosedWhileWaiting(caseNumber, "76", Duration.ofSeconds(seconds), at(seconds));
  }

  public CallClosedLine closedLine(boolean callbackRequested, int seconds) {
    return new CallClosedLine(caseNumber, callbackRequested, at(seconds));
  }

  public Instant at(int seconds) {
    return arrivedAt.plusSeconds(seconds);
  }
}
