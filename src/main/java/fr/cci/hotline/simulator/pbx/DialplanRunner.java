package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.dialplan.DialplanStep;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PBX thread of one channel (pbx.c's __ast_pbx_run): runs priorities with a Newexten event
 * each, then the h extension after a hang-up, then publishes the Hangup event.
 */
public final class DialplanRunner {

  private static final Logger log = LoggerFactory.getLogger(DialplanRunner.class);

  private final Pbx pbx;
  private final Applications applications;
  private final ChannelVariables variables;

  public DialplanRunner(Pbx pbx, Applications applications, ChannelVariables variables) {
    this.pbx = pbx;
    this.applications = applications;
    this.variables = variables;
  }

  /** Runs the channel from the given position until it hangs up, then destroys it. */
  public void run(Channel channel, String context, String exten, int priority) {
    channel.position(context, exten, priority);
    try {
      boolean hungUp = runSteps(channel, false);
      if (hungUp) {
        // Reported as Normal Clearing even when the hang-up came with no cause (S0, S4).
        int cause = channel.hangupCause();
        pbx.events().softHangupRequest(channel, cause == 0 ? HangupCause.NORMAL_CLEARING : cause);
      } else if (channel.hangupCause() == 0) {
        channel.hangupCause(HangupCause.NORMAL_CLEARING);
      }
      channel.signals().hangup();
      runHangupExtension(channel);
    } catch (RuntimeException e) {
      log.warn("dialplan of {} failed", channel, e);
    } finally {
      pbx.destroy(channel);
    }
  }

  /** Returns true when the channel hung up, false when the dialplan ran out of priorities. */
  private boolean runSteps(Channel channel, boolean dead) {
    while (true) {
      Optional<DialplanStep> step =
          pbx.dialplan().step(channel.context(), channel.exten(), channel.priority());
      if (step.isEmpty()) {
        return false;
      }
      AppResult result = execute(channel, step.get());
      if (result == AppResult.HANGUP || (!dead && channel.isHungUp())) {
        return true;
      }
      if (result == AppResult.CONTINUE) {
        channel.priority(channel.priority() + 1);
      }
    }
  }

  private AppResult execute(Channel channel, DialplanStep step) {
    String data = variables.substitute(channel, step.arguments());
    channel.application(step.application(), data);
    pbx.events().publishSnapshot(channel);
    Optional<DialplanApplication> application = applications.find(step.application());
    if (application.isEmpty()) {
      log.warn(
          "No application '{}' for extension ({}, {}, {})",
          step.application(),
          channel.context(),
          channel.exten(),
          channel.priority());
      return AppResult.HANGUP;
    }
    return application.get().execute(channel, data);
  }

  private void runHangupExtension(Channel channel) {
    if (pbx.dialplan().find(channel.context(), "h").isEmpty()) {
      return;
    }
    channel.position(channel.context(), "h", 1);
    while (true) {
      Optional<DialplanStep> step = pbx.dialplan().step(channel.context(), "h", channel.priority());
      if (step.isEmpty()) {
        return;
      }
      AppResult result = execute(channel, step.get());
      if (result == AppResult.HANGUP) {
        return;
      }
      if (result == AppResult.CONTINUE) {
        channel.priority(channel.priority() + 1);
      }
    }
  }
}
