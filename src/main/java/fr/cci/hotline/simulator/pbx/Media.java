package fr.cci.hotline.simulator.pbx;

import java.time.Duration;

/**
 * Prompts and digits: playing a file (interruptible by escape digits), reading digits the way
 * ast_app_getdata and ast_waitfordigit do, and DTMF arriving from the caller's side.
 */
public final class Media {

  /** What a playback ended with: a digit (0 if none), -1 on hang-up, the samples played. */
  public record Played(int digit, long endpos, boolean missing) {
    public boolean hungUp() {
      return digit < 0;
    }
  }

  /** GET DATA's outcome: the digits, and whether it ended by timeout or hang-up. */
  public record Collected(String digits, boolean timedOut, boolean hungUp) {}

  private static final long SAMPLES_PER_SECOND = 8000;

  private final Pbx pbx;

  public Media(Pbx pbx) {
    this.pbx = pbx;
  }

  /** Plays a file; digits in escapeDigits stop it (listening only while they can). */
  public Played play(Channel channel, String file, String escapeDigits) {
    boolean listening = !escapeDigits.isEmpty();
    if (listening) {
      startInput(channel);
    }
    try {
      return playListening(channel, file, escapeDigits);
    } finally {
      if (listening) {
        channel.signals().stopListening();
      }
    }
  }

  /** ast_app_getdata_full: prompt interrupted by any digit, then digits until max, # or timeout. */
  public Collected getData(Channel channel, String file, int timeoutMillis, int maxDigits) {
    if (!pbx.prompts().exists(file)) {
      channel.trace().prompt(file);
      return new Collected("", false, true);
    }
    long timeout = timeoutMillis > 0 ? timeoutMillis : (timeoutMillis < 0 ? -1 : 6000);
    startInput(channel);
    try {
      int signal = playListening(channel, file, "0123456789*#ABCD").digit();
      StringBuilder digits = new StringBuilder();
      while (true) {
        if (signal == ChannelSignals.HANGUP) {
          return new Collected(digits.toString(), false, true);
        }
        if (signal == '#') {
          return new Collected(digits.toString(), false, false);
        }
        if (signal > 0) {
          digits.append((char) signal);
          if (digits.length() >= maxDigits) {
            return new Collected(digits.toString(), false, false);
          }
        }
        signal = channel.signals().awaitDigit(timeout < 0 ? -1 : realNanos(timeout));
        if (signal == ChannelSignals.TIMEOUT) {
          return new Collected(digits.toString(), true, false);
        }
      }
    } finally {
      channel.signals().stopListening();
    }
  }

  private Played playListening(Channel channel, String file, String escapeDigits) {
    channel.trace().prompt(file);
    if (!pbx.prompts().exists(file)) {
      return new Played(0, 0, true);
    }
    boolean listening = !escapeDigits.isEmpty();
    Duration length = pbx.prompts().durationOf(file);
    long started = System.nanoTime();
    long deadline = started + pbx.clock().realNanos(length);
    while (true) {
      long remaining = Math.max(0, deadline - System.nanoTime());
      int signal = listening ? channel.signals().awaitDigit(remaining) : sleep(channel, remaining);
      if (signal == ChannelSignals.HANGUP) {
        return new Played(-1, endpos(started, length), false);
      }
      if (signal == ChannelSignals.TIMEOUT) {
        return new Played(0, samples(length), false);
      }
      if (escapeDigits.indexOf((char) signal) >= 0) {
        return new Played(signal, endpos(started, length), false);
      }
    }
  }

  /** ast_waitfordigit: the digit, 0 on timeout, -1 on hang-up; a negative timeout waits forever. */
  public int waitForDigit(Channel channel, long timeoutMillis) {
    startInput(channel);
    try {
      return channel.signals().awaitDigit(timeoutMillis < 0 ? -1 : realNanos(timeoutMillis));
    } finally {
      channel.signals().stopListening();
    }
  }

  /** A digit the caller presses: DTMFBegin, its duration, DTMFEnd, then the channel gets it. */
  public void receiveDtmf(Channel channel, char digit, Duration length) {
    pbx.events().publish(dtmf("DTMFBegin", channel, digit, null, "Received"));
    pbx.clock().sleep(length);
    pbx.events().publish(dtmf("DTMFEnd", channel, digit, length.toMillis(), "Received"));
    channel.signals().deliverDigit(digit);
  }

  private fr.cci.hotline.simulator.ami.AmiMessage dtmf(
      String event, Channel channel, char digit, Long duration, String direction) {
    var message = pbx.events().channelEvent(event, "dtmf,all", channel).add("Digit", digit);
    if (duration != null) {
      message.add("DurationMs", duration);
    }
    return message.add("Direction", direction);
  }

  private void startInput(Channel channel) {
    channel.signals().listen();
    int n = channel.trace().nextInputNumber();
    channel.observers().forEach(o -> o.inputStarted(channel, n));
  }

  private int sleep(Channel channel, long realNanos) {
    return channel.signals().sleep(Math.max(0, realNanos))
        ? ChannelSignals.TIMEOUT
        : ChannelSignals.HANGUP;
  }

  private long realNanos(long simulatedMillis) {
    return pbx.clock().realNanos(Duration.ofMillis(simulatedMillis));
  }

  private long endpos(long startedNanos, Duration length) {
    double simulatedSeconds = (System.nanoTime() - startedNanos) * pbx.clock().speed() / 1e9;
    return Math.min(samples(length), (long) (simulatedSeconds * SAMPLES_PER_SECOND));
  }

  private static long samples(Duration length) {
    return length.toMillis() * SAMPLES_PER_SECOND / 1000;
  }
}
