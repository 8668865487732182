package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/** Dial(target[&…],timeout,options): the first target, option g, DIALSTATUS. */
public final class DialApplication implements DialplanApplication {

  private final Dialer dialer;
  private final ChannelVariables variables;

  public DialApplication(Dialer dialer, ChannelVariables variables) {
    this.dialer = dialer;
    this.variables = variables;
  }

  @Override
  public AppResult execute(Channel channel, String data) {
    String[] arguments = data.split(",", -1);
    String target = arguments[0].split("&")[0].trim();
    Duration timeout =
        arguments.length > 1 && !arguments[1].isBlank()
            ? Duration.ofMillis((long) (Double.parseDouble(arguments[1].trim()) * 1000))
            : null;
    boolean keepCaller = arguments.length > 2 && arguments[2].contains("g");
    DialResult result =
        dialer.dial(
            channel, target, timeout, Dialer.Flavor.DIAL, keepCaller, new DialObserver() {});
    channel.trace().attempt(target, result.status(), result.ringMillis());
    variables.write(channel, "DIALSTATUS", result.status());
    return result.callerHungUp() || channel.isHungUp() ? AppResult.HANGUP : AppResult.CONTINUE;
  }
}
