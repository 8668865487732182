package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.ChannelObserver;
import fr.cci.hotline.simulator.pbx.Media;
import fr.cci.hotline.simulator.pbx.Pbx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Plays a {@link CallerScript} on the caller's channel, reacting to what the PBX does. */
final class CallerAgent implements ChannelObserver {

  private static final Duration PAUSE = Duration.ofMillis(500);

  private final CallerScript script;
  private final Pbx pbx;
  private final Media media;
  private final ScheduledExecutorService timers;
  private volatile ScheduledFuture<?> patience;
  private volatile boolean answered;

  CallerAgent(CallerScript script, Pbx pbx, Media media, ScheduledExecutorService timers) {
    this.script = script;
    this.pbx = pbx;
    this.media = media;
    this.timers = timers;
  }

  @Override
  public void answered(Channel channel) {
    if (answered) {
      return;
    }
    answered = true;
    for (CallerScript.TimedPress press : script.timedPresses()) {
      later(press.sinceAnswer(), () -> press(channel, press.digits()));
    }
    if (script.hangUpAfterAnswerDelay() != null) {
      later(script.hangUpAfterAnswerDelay(), () -> hangUp(channel));
    }
  }

  @Override
  public void inputStarted(Channel channel, int n) {
    List<CallerScript.Reaction> reactions = script.reactions();
    if (n <= reactions.size() && !reactions.get(n - 1).digits().isEmpty()) {
      CallerScript.Reaction reaction = reactions.get(n - 1);
      later(reaction.delay(), () -> press(channel, reaction.digits()));
    }
  }

  @Override
  public void agiCommandStarted(Channel channel, int n, String command) {
    if (n == script.hangUpDuringCommandNumber()) {
      later(Duration.ofMillis(100), () -> hangUp(channel));
    }
  }

  @Override
  public void waitingStarted(Channel channel) {
    if (script.patience() != null && patience == null) {
      patience = later(script.patience(), () -> hangUp(channel));
    }
  }

  @Override
  public void bridged(Channel channel, Channel peer) {
    ScheduledFuture<?> pending = patience;
    if (pending != null) {
      pending.cancel(false);
    }
  }

  private ScheduledFuture<?> later(Duration delay, Runnable action) {
    return timers.schedule(
        () -> pbx.executor().execute(action), pbx.clock().realNanos(delay), TimeUnit.NANOSECONDS);
  }

  private void press(Channel channel, String digits) {
    for (char digit : digits.toCharArray()) {
      if (channel.isHungUp()) {
        return;
      }
      if (digit == 'w' || digit == 'W') {
        pbx.clock().sleep(PAUSE);
        continue;
      }
      media.receiveDtmf(channel, digit, script.keyLength());
      pbx.clock().sleep(script.keyGap());
    }
  }

  private void hangUp(Channel channel) {
    pbx.byeFromRemote(channel);
  }
}
