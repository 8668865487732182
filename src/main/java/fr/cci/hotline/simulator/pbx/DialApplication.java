package fr.cci.hotline.simulator.pbx;

import java.time.Duration;
import java.util.List;

/** Dial(target[&…],timeout,options): the first target, option g, DIALSTATUS. */
public final class DialApplication implements DialplanApplication {

  /** What app_dial clears on the caller before it dials (S2, S10), in that order. */
  private static final List<String> CLEARED =
      List.of(
          "DIALSTATUS",
          "DIALEDPEERNUMBER",
          "DIALEDPEERNAME",
          "ANSWEREDTIME",
          "ANSWEREDTIME_MS",
          "DIALEDTIME",
          "DIALEDTIME_MS",
          "RINGTIME",
          "RINGTIME_MS",
          "PROGRESSTIME",
          "PROGRESSTIME_MS");

  private final Pbx pbx;
  private final Dialer dialer;
  private final LocalDial localDial;
  private final ChannelVariables variables;

  public DialApplication(Pbx pbx, Dialer dialer, ChannelVariables variables) {
    this.pbx = pbx;
    this.dialer = dialer;
    this.localDial = new LocalDial(pbx, variables);
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
    CLEARED.forEach(name -> variables.write(channel, name, ""));
    DialResult result =
        LocalChannels.isLocal(target)
            ? localDial.dial(channel, target, timeout)
            : dialer.dial(
                channel, target, timeout, Dialer.Flavor.DIAL, keepCaller, new DialObserver() {});
    channel.trace().attempt(target, result.status(), result.ringMillis());
    if (result.status().equals("ANSWER")) {
      durations(channel);
    }
    variables.write(channel, "DIALSTATUS", result.status());
    return result.callerHungUp() || channel.isHungUp() ? AppResult.HANGUP : AppResult.CONTINUE;
  }

  /** app_dial's end_bridge_callback: since the caller answered, and since it exists (S2, S10). */
  private void durations(Channel caller) {
    long answered = pbx.clock().millisSince(caller.progress().answeredNanos());
    long dialled = pbx.clock().millisSince(caller.progress().createdNanos());
    variables.write(caller, "ANSWEREDTIME", String.valueOf(answered / 1000));
    variables.write(caller, "ANSWEREDTIME_MS", String.valueOf(answered));
    variables.write(caller, "DIALEDTIME", String.valueOf(dialled / 1000));
    variables.write(caller, "DIALEDTIME_MS", String.valueOf(dialled));
  }
}
