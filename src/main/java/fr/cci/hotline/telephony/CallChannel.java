package fr.cci.hotline.telephony;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One live call handed to the service by the dialplan (a FastAGI session). Every method talks to
 * Asterisk and blocks until it answers; when the caller has hung up they throw {@link
 * CallerHungUp}. An instance belongs to one call and one thread: it is passed explicitly, never
 * kept in a field.
 */
public interface CallChannel {

  /** Asterisk's unique id of the caller's channel ({@code epoch.seq}). */
  String uniqueId();

  /** The channel name, e.g. {@code PJSIP/operator-00000001}. */
  String channelName();

  /** The caller's number as presented; confidential (it prints masked). */
  CallerNumber callerNumber();

  /** The number the caller dialled, or {@code unknown}. */
  String dialledNumber();

  /** Parameters of the script address ({@code agi://host/script?key=value}). */
  Map<String, String> parameters();

  void answer();

  /**
   * Plays a prompt; a digit among {@code escapeDigits} interrupts it.
   *
   * @return the digit pressed, or empty when the prompt played to its end
   */
  Optional<Character> play(String prompt, String escapeDigits);

  /**
   * Plays a prompt and collects digits until {@code maxDigits}, {@code #} or the timeout.
   *
   * @return what the caller typed; a prompt that could not be played is reported, never read as
   *     input
   */
  DigitInput collect(String prompt, Duration timeout, int maxDigits);

  /**
   * Waits for one digit.
   *
   * @return the digit, or empty on timeout
   */
  Optional<Character> waitForDigit(Duration timeout);

  /** Speaks a number with the channel language's standard sounds. */
  void sayNumber(int number);

  /**
   * Speaks digits one by one ({@code 0612345678}: « zéro, six, un… ») with the channel language's
   * {@code digits/} sounds.
   */
  void sayDigits(String digits);

  /** Spells letters and digits one by one ({@code 7K3QF2M}) with the {@code letters/} sounds. */
  void sayAlpha(String text);

  /** Starts or stops music on hold on the channel. */
  void music(boolean on);

  /** Sets a variable of the call-flow contract. */
  void set(CallVariable variable, String value);

  /** Reads a channel variable; empty when unset. */
  Optional<String> variable(String name);

  void hangup();
}
