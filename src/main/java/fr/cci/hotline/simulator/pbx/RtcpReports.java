package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The RTCPSent events of a SIP caller's channel: every 5 s from the answer while it lasts, a sender
 * report (200(SR)) when Asterisk sent audio since the previous one (a prompt played), a receiver
 * report (201(RR)) otherwise (S9, S10). The simulator carries no media: counters, addresses and
 * SSRCs are placeholders, which the comparison with captures ignores.
 */
public final class RtcpReports implements ChannelObserver {

  private static final Duration INTERVAL = Duration.ofSeconds(5);

  private final Pbx pbx;
  private final ScheduledExecutorService timers;
  private volatile ScheduledFuture<?> reports;
  private int promptsAtLastReport;

  public RtcpReports(Pbx pbx, ScheduledExecutorService timers) {
    this.pbx = pbx;
    this.timers = timers;
  }

  @Override
  public void answered(Channel channel) {
    long period = pbx.clock().realNanos(INTERVAL);
    reports =
        timers.scheduleAtFixedRate(() -> report(channel), period, period, TimeUnit.NANOSECONDS);
  }

  @Override
  public void hungUp(Channel channel) {
    ScheduledFuture<?> pending = reports;
    if (pending != null) {
      pending.cancel(false);
    }
  }

  private synchronized void report(Channel channel) {
    if (channel.isHungUp()) {
      return;
    }
    int prompts = channel.trace().prompts().size();
    boolean sent = prompts != promptsAtLastReport;
    promptsAtLastReport = prompts;
    String ssrc = String.format("0x%08x", channel.uniqueId().hashCode());
    AmiMessage event =
        pbx.events()
            .channelEvent("RTCPSent", "reporting,all", channel)
            .add("To", "127.0.0.1:17001")
            .add("From", "127.0.0.1:20000")
            .add("MES", "88.1")
            .add("SSRC", ssrc)
            .add("PT", sent ? "200(SR)" : "201(RR)")
            .add("ReportCount", 1);
    if (sent) {
      event
          .add("SentNTP", pbx.clock().timestamp())
          .add("SentRTP", 8000)
          .add("SentPackets", 50)
          .add("SentOctets", 8000);
    }
    pbx.events()
        .publish(
            event
                .add("Report0SourceSSRC", "0x1ab5c0de")
                .add("Report0FractionLost", 0)
                .add("Report0CumulativeLost", 0)
                .add("Report0HighestSequence", 0)
                .add("Report0SequenceNumberCycles", 0)
                .add("Report0IAJitter", 0)
                .add("Report0LSR", 0)
                .add("Report0DLSR", "0.0000"));
  }
}
