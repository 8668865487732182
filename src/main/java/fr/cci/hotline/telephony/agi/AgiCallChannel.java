package fr.cci.hotline.telephony.agi;

import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.CallerHungUp;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.DigitInput;
import fr.cci.hotline.telephony.TelephonyFailure;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.SayAlphaCommand;
import org.asteriskjava.fastagi.command.SayDigitsCommand;
import org.asteriskjava.fastagi.command.SetMusicOffCommand;
import org.asteriskjava.fastagi.command.SetMusicOnCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.reply.AgiReply;

/** A {@link CallChannel} over one Asterisk-Java FastAGI session. */
final class AgiCallChannel implements CallChannel {

  /** What Asterisk answers when the prompt is missing or the caller hung up. */
  private static final String FAILED = "-1";

  private final AgiRequest request;
  private final AgiChannel channel;

  /** Turns a prompt key into the sound Asterisk plays ({@code hotline/welcome}). */
  private final UnaryOperator<String> sounds;

  AgiCallChannel(AgiRequest request, AgiChannel channel, UnaryOperator<String> sounds) {
    this.request = request;
    this.channel = channel;
    this.sounds = sounds;
  }

  @Override
  public String uniqueId() {
    return request.getUniqueId();
  }

  @Override
  public String channelName() {
    return request.getChannel();
  }

  @Override
  public CallerNumber callerNumber() {
    return CallerNumber.of(request.getCallerIdNumber());
  }

  @Override
  public String dialledNumber() {
    String dnid = request.getDnid();
    return dnid == null ? "unknown" : dnid;
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach((key, values) -> parameters.put(key, values.length == 0 ? "" : values[0]));
    return parameters;
  }

  @Override
  public void answer() {
    run(channel::answer);
  }

  @Override
  public Optional<Character> play(String prompt, String escapeDigits) {
    AgiReply reply =
        call(() -> channel.sendCommand(new StreamFileCommand(sounds.apply(prompt), escapeDigits)));
    if (reply.getResultCode() < 0) {
      ensureAlive();
      return Optional.empty(); // a missing sound file: nothing was played
    }
    return digit(reply.getResultCodeAsChar());
  }

  @Override
  public DigitInput collect(String prompt, Duration timeout, int maxDigits) {
    AgiReply reply =
        call(
            () ->
                channel.sendCommand(
                    new GetDataCommand(sounds.apply(prompt), timeout.toMillis(), maxDigits)));
    String result = reply.getResult();
    if (FAILED.equals(result)) {
      ensureAlive();
      return DigitInput.promptFailure();
    }
    String digits = result == null ? "" : result;
    boolean timedOut = "timeout".equals(reply.getExtra());
    return new DigitInput(digits, timedOut, false);
  }

  @Override
  public Optional<Character> waitForDigit(Duration timeout) {
    return digit(call(() -> channel.waitForDigit((int) timeout.toMillis())));
  }

  @Override
  public void sayNumber(int number) {
    run(() -> channel.sayNumber(Integer.toString(number)));
  }

  @Override
  public void sayDigits(String digits) {
    run(() -> channel.sendCommand(new SayDigitsCommand(digits, "")));
  }

  @Override
  public void sayAlpha(String text) {
    run(() -> channel.sendCommand(new SayAlphaCommand(text, "")));
  }

  @Override
  public void music(boolean on) {
    run(() -> channel.sendCommand(on ? new SetMusicOnCommand() : new SetMusicOffCommand()));
  }

  @Override
  public void set(CallVariable variable, String value) {
    run(() -> channel.setVariable(variable.name(), value));
  }

  @Override
  public Optional<String> variable(String name) {
    return Optional.ofNullable(call(() -> channel.getVariable(name)));
  }

  @Override
  public void hangup() {
    run(channel::hangup);
  }

  /**
   * Asterisk answers -1 both when a sound file is missing and when the caller hung up during the
   * command; only a command refused on a dead channel tells the two apart.
   */
  private void ensureAlive() {
    call(channel::getChannelStatus);
  }

  private static Optional<Character> digit(char pressed) {
    return pressed == 0 ? Optional.empty() : Optional.of(pressed);
  }

  private void run(AgiAction action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  private <T> T call(AgiCall<T> command) {
    try {
      return command.call();
    } catch (AgiHangupException hangup) {
      throw new CallerHungUp(channelName());
    } catch (AgiException failure) {
      throw new TelephonyFailure("AGI command failed on " + channelName(), failure);
    }
  }

  @FunctionalInterface
  private interface AgiCall<T> {
    T call() throws AgiException;
  }

  @FunctionalInterface
  private interface AgiAction {
    void run() throws AgiException;
  }
}
