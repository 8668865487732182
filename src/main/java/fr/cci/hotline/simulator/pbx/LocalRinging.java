package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/**
 * The wait of whoever dials a Local channel (app_dial, app_queue, the originate thread) on its ;1
 * half: the ;2 half's Ringing() and Answer() arrive as control frames, in that order; the wait ends
 * on the answer, a hang-up of either side, or the ring timeout.
 */
final class LocalRinging {

  /** How the ringing ended. */
  enum Outcome {
    ANSWERED,
    NO_ANSWER,
    CALLER_GONE,
    CALLEE_GONE
  }

  private final Pbx pbx;

  LocalRinging(Pbx pbx) {
    this.pbx = pbx;
  }

  /**
   * Reads the ;1 half until something ends the ringing.
   *
   * @param caller the dialling channel, or null for an originate
   * @param timeout the ring time allowed, null for none
   * @param onRinging what the reader does when the far end starts ringing (Newstate, DialState)
   */
  Outcome await(Channel caller, Channel one, Duration timeout, Runnable onRinging) {
    ChannelSignals reader = caller != null ? caller.signals() : one.signals();
    CallProgress progress = one.progress();
    progress.readBy(reader);
    long deadline =
        timeout == null
            ? Long.MAX_VALUE
            : pbx.clock().timeline().deadline(pbx.clock().realNanos(timeout));
    boolean[] rang = {false};
    while (true) {
      if (!rang[0] && progress.ringingIndicated()) {
        rang[0] = true;
        onRinging.run();
        continue;
      }
      if (progress.answerIndicated()) {
        return Outcome.ANSWERED;
      }
      if (caller != null && caller.isHungUp()) {
        return Outcome.CALLER_GONE;
      }
      if (one.isHungUp()) {
        return Outcome.CALLEE_GONE;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return Outcome.NO_ANSWER;
      }
      reader.awaitUntil(
          () ->
              (!rang[0] && progress.ringingIndicated())
                  || progress.answerIndicated()
                  || one.isHungUp()
                  || caller != null && caller.isHungUp(),
          deadline);
    }
  }
}
