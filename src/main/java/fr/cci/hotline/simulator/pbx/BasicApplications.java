package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.dialplan.Expressions;
import java.time.Duration;

/** The simple applications: NoOp, Set, Goto, GotoIf, Answer, Hangup, Playback, Wait, Ringing. */
public final class BasicApplications {

  private final Pbx pbx;
  private final ChannelVariables variables;
  private final Media media;

  public BasicApplications(Pbx pbx, ChannelVariables variables, Media media) {
    this.pbx = pbx;
    this.variables = variables;
    this.media = media;
  }

  public void registerIn(Applications applications) {
    applications
        .register("NoOp", (channel, data) -> AppResult.CONTINUE)
        .register("Verbose", (channel, data) -> AppResult.CONTINUE)
        .register("Log", (channel, data) -> AppResult.CONTINUE)
        .register("Progress", (channel, data) -> AppResult.CONTINUE)
        .register("MusicOnHold", this::musicOnHold)
        .register("Set", this::set)
        .register("Goto", this::gotoTarget)
        .register("GotoIf", this::gotoIf)
        .register("Answer", this::answer)
        .register("Hangup", this::hangup)
        .register("Playback", this::playback)
        .register("Wait", this::waitSeconds)
        .register("Ringing", (channel, data) -> AppResult.CONTINUE)
        .register("SendDTMF", this::sendDtmf);
  }

  private AppResult set(Channel channel, String data) {
    int equals = data.indexOf('=');
    if (equals > 0) {
      variables.write(channel, data.substring(0, equals).trim(), data.substring(equals + 1));
    }
    return AppResult.CONTINUE;
  }

  private AppResult gotoTarget(Channel channel, String data) {
    return Jumps.jump(pbx, channel, data) ? AppResult.JUMPED : AppResult.HANGUP;
  }

  private AppResult gotoIf(Channel channel, String data) {
    int question = data.indexOf('?');
    if (question < 0) {
      return AppResult.CONTINUE;
    }
    String[] branches = data.substring(question + 1).split(":", 2);
    String target =
        Expressions.isTrue(data.substring(0, question))
            ? branches[0]
            : (branches.length > 1 ? branches[1] : "");
    if (target.isBlank()) {
      return AppResult.CONTINUE;
    }
    return gotoTarget(channel, target.trim());
  }

  private AppResult answer(Channel channel, String data) {
    pbx.answer(channel);
    return AppResult.CONTINUE;
  }

  private AppResult hangup(Channel channel, String data) {
    if (!data.isBlank()) {
      channel.hangupCause(Integer.parseInt(data.trim()));
    }
    return AppResult.HANGUP;
  }

  private AppResult playback(Channel channel, String data) {
    for (String file : data.split(",")[0].split("&")) {
      if (media.play(channel, file.trim(), "").hungUp()) {
        return AppResult.HANGUP;
      }
    }
    variables.write(channel, "PLAYBACKSTATUS", "SUCCESS");
    return AppResult.CONTINUE;
  }

  private AppResult waitSeconds(Channel channel, String data) {
    double seconds = data.isBlank() ? 0 : Double.parseDouble(data.trim());
    Duration wait = Duration.ofMillis((long) (seconds * 1000));
    return channel.signals().sleep(pbx.clock().realNanos(wait))
        ? AppResult.CONTINUE
        : AppResult.HANGUP;
  }

  private AppResult musicOnHold(Channel channel, String data) {
    channel.observers().forEach(o -> o.waitingStarted(channel));
    String[] parts = data.split(",");
    long nanos =
        parts.length > 1 && !parts[1].isBlank()
            ? pbx.clock().realNanos(Duration.ofSeconds(Long.parseLong(parts[1].trim())))
            : -1;
    return channel.signals().sleep(nanos) ? AppResult.CONTINUE : AppResult.HANGUP;
  }

  private AppResult sendDtmf(Channel channel, String data) {
    return media.sendDtmf(channel, data) ? AppResult.CONTINUE : AppResult.HANGUP;
  }
}
