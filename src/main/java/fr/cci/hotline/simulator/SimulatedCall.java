package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.pbx.CallTrace;
import fr.cci.hotline.simulator.pbx.Channel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One inbound call placed by the simulator. */
public final class SimulatedCall {

  private final Channel channel;
  private final String callerNumber;
  private final Runnable hangUp;
  private final CompletableFuture<CallRecord> end = new CompletableFuture<>();

  SimulatedCall(Channel channel, String callerNumber, Runnable hangUp) {
    this.channel = channel;
    this.callerNumber = callerNumber;
    this.hangUp = hangUp;
  }

  public String uniqueId() {
    return channel.uniqueId();
  }

  /** The caller's channel name (PJSIP/operator-00000000). */
  public String channelName() {
    return channel.name();
  }

  public boolean isUp() {
    return channel.isUp();
  }

  public boolean hasEnded() {
    return end.isDone();
  }

  /** A channel variable as it stands now, e.g. {@code HOTLINE_CASE} once the service set it. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(channel.variables().get(name));
  }

  /**
   * The caller hangs up now, whatever the script says: the PBX sees the remote party's BYE, as when
   * a script's patience runs out.
   */
  public void hangUp() {
    hangUp.run();
  }

  /** Waits (real time) until the caller's channel is gone and returns what happened. */
  public CallRecord awaitEnd(Duration timeout) {
    try {
      return end.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("call " + channel + " still running after " + timeout, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("call " + channel + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + channel, e);
    }
  }

  void finish() {
    CallTrace trace = channel.trace();
    end.complete(
        new CallRecord(
            channel.uniqueId(),
            callerNumber,
            trace.agiTranscript(),
            channel.variables(),
            trace.attempts().stream()
                .map(a -> new DialAttempt(a.target(), a.dialStatus(), a.ringMillis()))
                .toList(),
            trace.isReachedFallbackQueue(),
            trace.answeredBy(),
            trace.agiStatus(),
            channel.hangupCause(),
            trace.prompts()));
  }
}
