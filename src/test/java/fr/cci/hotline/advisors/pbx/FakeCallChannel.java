package fr.cci.hotline.advisors.pbx;

import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.DigitInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A call from a phone as the dialplan hands it to a script; it records what was played. */
class FakeCallChannel implements CallChannel {

  private final String channelName;
  private final Map<String, String> parameters;
  private final List<String> played = new ArrayList<>();

  FakeCallChannel(String channelName, Map<String, String> parameters) {
    this.channelName = channelName;
    this.parameters = Map.copyOf(parameters);
  }

  /** The feature code {@code code} dialled on the desk phone {@code PJSIP/<endpoint>}. */
  static FakeCallChannel featureCode(String endpoint, String code) {
    return new FakeCallChannel("PJSIP/" + endpoint + "-0000002a", Map.of("code", code));
  }

  List<String> played() {
    return List.copyOf(played);
  }

  @Override
  public String uniqueId() {
    return "1795760419.42";
  }

  @Override
  public String channelName() {
    return channelName;
  }

  @Override
  public CallerNumber callerNumber() {
    return CallerNumber.of("101");
  }

  @Override
  public String dialledNumber() {
    return "*41";
  }

  @Override
  public Map<String, String> parameters() {
    return parameters;
  }

  @Override
  public void answer() {}

  @Override
  public Optional<Character> play(String prompt, String escapeDigits) {
    played.add(prompt);
    return Optional.empty();
  }

  @Override
  public DigitInput collect(String prompt, Duration timeout, int maxDigits) {
    throw new UnsupportedOperationException("feature codes ask nothing");
  }

  @Override
  public Optional<Character> waitForDigit(Duration timeout) {
    throw new UnsupportedOperationException("feature codes ask nothing");
  }

  @Override
  public void sayNumber(int number) {
    throw new UnsupportedOperationException("feature codes say no number");
  }

  @Override
  public void sayDigits(String digits) {
    throw new UnsupportedOperationException("feature codes say no digits");
  }

  @Override
  public void sayAlpha(String text) {
    throw new UnsupportedOperationException("feature codes spell nothing");
  }

  @Override
  public void music(boolean on) {
    throw new UnsupportedOperationException("feature codes play no music");
  }

  @Override
  public void set(CallVariable variable, String value) {
    throw new UnsupportedOperationException("feature codes decide nothing for the dialplan");
  }

  @Override
  public Optional<String> variable(String name) {
    return Optional.empty();
  }

  @Override
  public void hangup() {}
}
