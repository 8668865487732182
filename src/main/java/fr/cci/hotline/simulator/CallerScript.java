package fr.cci.hotline.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a simulated caller does. Two styles of key presses: react to the n-th input-capable command
 * (GET DATA, WAIT FOR DIGIT, STREAM FILE with escape digits), or press at a fixed time after the
 * answer, in which case keys pressed between AGI commands are lost as on a real PBX.
 */
public final class CallerScript {

  /** A reaction to one input-capable command: digits after a delay, or nothing. */
  record Reaction(String digits, Duration delay) {}

  /** Digits pressed at a fixed time after the answer. */
  record TimedPress(Duration sinceAnswer, String digits) {}

  static final Duration DEFAULT_REACTION = Duration.ofMillis(500);

  private final String callerNumber;
  private final List<Reaction> reactions = new ArrayList<>();
  private final List<TimedPress> timedPresses = new ArrayList<>();
  private String callerName;
  private String dialledNumber = "0232100900";
  private String context = "hotline-inbound";
  private String endpoint = "operator";
  private Duration keyLength = Duration.ofMillis(150);
  private Duration keyGap = Duration.ofMillis(250);
  private Duration patience;
  private Duration hangUpAfterAnswer;
  private int hangUpDuringCommand;

  private CallerScript(String callerNumber) {
    this.callerNumber = callerNumber;
  }

  public static CallerScript from(String callerNumber) {
    return new CallerScript(callerNumber);
  }

  /** Presses the digits half a second after the next input-capable command starts. */
  public CallerScript pressWhenAsked(String digits) {
    return pressWhenAsked(digits, DEFAULT_REACTION);
  }

  public CallerScript pressWhenAsked(String digits, Duration delay) {
    reactions.add(new Reaction(digits, delay));
    return this;
  }

  /** Lets the next input-capable command pass without pressing anything. */
  public CallerScript stayQuiet() {
    reactions.add(new Reaction("", Duration.ZERO));
    return this;
  }

  /** Presses at a fixed time after the answer; 'w' waits half a second. */
  public CallerScript pressAt(Duration sinceAnswer, String digits) {
    timedPresses.add(new TimedPress(sinceAnswer, digits));
    return this;
  }

  /** Hangs up after waiting this long for a human (music, queue, ringing advisor). */
  public CallerScript hangUpAfterWaiting(Duration patience) {
    this.patience = patience;
    return this;
  }

  /** Hangs up while the n-th AGI command (counting from 1) runs. */
  public CallerScript hangUpDuringCommand(int n) {
    this.hangUpDuringCommand = n;
    return this;
  }

  /** Hangs up at a fixed time after the answer, whatever happens. */
  public CallerScript hangUpAfterAnswer(Duration delay) {
    this.hangUpAfterAnswer = delay;
    return this;
  }

  public CallerScript named(String name) {
    this.callerName = name;
    return this;
  }

  /** The number the caller dials (the DNID); 0232100900 unless told. */
  public CallerScript dialling(String number) {
    this.dialledNumber = number;
    return this;
  }

  /**
   * The PJSIP endpoint the call comes from (the channel is PJSIP/endpoint-N); the operator trunk
   * unless told (the lab's captures: "sipp").
   */
  public CallerScript viaEndpoint(String endpointName) {
    this.endpoint = endpointName;
    return this;
  }

  /** How long each key is held and the silence after it: 150 and 250 ms unless told. */
  public CallerScript keyPresses(Duration length, Duration gap) {
    this.keyLength = length;
    this.keyGap = gap;
    return this;
  }

  /** The context the trunk delivers the call to; hotline-inbound unless told. */
  public CallerScript intoContext(String contextName) {
    this.context = contextName;
    return this;
  }

  String callerNumber() {
    return callerNumber;
  }

  String callerName() {
    return callerName;
  }

  String dialledNumber() {
    return dialledNumber;
  }

  String context() {
    return context;
  }

  String endpoint() {
    return endpoint;
  }

  Duration keyLength() {
    return keyLength;
  }

  Duration keyGap() {
    return keyGap;
  }

  List<Reaction> reactions() {
    return List.copyOf(reactions);
  }

  List<TimedPress> timedPresses() {
    return List.copyOf(timedPresses);
  }

  Duration patience() {
    return patience;
  }

  Duration hangUpAfterAnswerDelay() {
    return hangUpAfterAnswer;
  }

  int hangUpDuringCommandNumber() {
    return hangUpDuringCommand;
  }
}
