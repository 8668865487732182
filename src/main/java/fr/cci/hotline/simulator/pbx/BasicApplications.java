package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.dialplan.Expressions;
import java.time.Duration;

/** The simple applications: NoOp, Set, Goto, GotoIf, Answer, Hangup, Playback, Wait, Ringing. */
public final class BasicApplications {

  /** How long Answer() waits for media on a channel that carries none (a Local half). */
  private static final Duration NO_MEDIA_WAIT = Duration.ofMillis(500);

  private final Pbx pbx;
  private final ChannelVariables variables;
  private final Media media;
  private final DtmfSender dtmf;

  public BasicApplications(Pbx pbx, ChannelVariables variables, Media media) {
    this.pbx = pbx;
    this.variables = variables;
    this.media = media;
    this.dtmf = new DtmfSender(pbx);
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
        .register("Ringing", this::ringing)
        .register("SendDTMF", this::sendDtmf)
        .register(
            "DBdeltree",
            (channel, data) -> {
              pbx.astDb().deleteTree(data);
              return AppResult.CONTINUE;
            });
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

  /**
   * __ast_answer waits up to 500 ms for the first voice frame after answering; a Local half gets
   * none, hence the half second between Answer and the next priority in the captures.
   */
  private AppResult answer(Channel channel, String data) {
    if (channel.state() == ChannelState.UP) {
      return AppResult.CONTINUE;
    }
    pbx.answer(channel);
    if (channel.localHalf() > 0 && !channel.signals().sleep(pbx.clock().realNanos(NO_MEDIA_WAIT))) {
      return AppResult.HANGUP;
    }
    return AppResult.CONTINUE;
  }

  /** Ringing(): on a Local ;2 half the ;1 half's reader hears the ringing. */
  private AppResult ringing(Channel channel, String data) {
    if (channel.localHalf() == 2) {
      channel.localPeer().progress().indicateRinging();
    }
    return AppResult.CONTINUE;
  }

  private AppResult hangup(Channel channel, String data) {
    if (!data.isBlank()) {
      channel.hangupCause(Integer.parseInt(data.trim()));
    } else if (channel.hangupCause() == 0) {
      channel.hangupCause(HangupCause.NORMAL_CLEARING);
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
    pbx.events().musicOnHold(channel, true);
    String[] parts = data.split(",");
    long nanos =
        parts.length > 1 && !parts[1].isBlank()
            ? pbx.clock().realNanos(Duration.ofSeconds(Long.parseLong(parts[1].trim())))
            : -1;
    boolean stillUp = channel.signals().sleep(nanos);
    if (stillUp) {
      pbx.events().musicOnHold(channel, false);
    }
    return stillUp ? AppResult.CONTINUE : AppResult.HANGUP;
  }

  private AppResult sendDtmf(Channel channel, String data) {
    return dtmf.send(channel, data) ? AppResult.CONTINUE : AppResult.HANGUP;
  }
}
