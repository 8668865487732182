package fr.cci.hotline.simulator.pbx;

/**
 * The call-related state of a channel that its events and its dialling peer need: when it was
 * created and answered (app_dial's DIALEDTIME and ANSWEREDTIME), which thread reads it while it is
 * being dialled and what that thread was told (ringing, answer: AST_CONTROL frames), and the bridge
 * it is in.
 */
final class CallProgress {

  private final long createdNanos;
  private volatile long answeredNanos;
  private volatile ChannelSignals reader;
  private volatile boolean ringing;
  private volatile boolean answered;
  private volatile Bridge bridge;
  private volatile String sipCallId;
  private final java.util.concurrent.atomic.AtomicBoolean qualityReported =
      new java.util.concurrent.atomic.AtomicBoolean();

  CallProgress(long createdNanos) {
    this.createdNanos = createdNanos;
  }

  public long createdNanos() {
    return createdNanos;
  }

  public long answeredNanos() {
    return answeredNanos;
  }

  void answeredAt(long nanos) {
    if (answeredNanos == 0) {
      answeredNanos = nanos;
    }
  }

  /** The signals of the thread dialling this channel, woken when the far end indicates. */
  public void readBy(ChannelSignals signals) {
    this.reader = signals;
  }

  /** The far end rings (Ringing() on the other half of a Local channel). */
  public void indicateRinging() {
    ringing = true;
    wakeReader();
  }

  /** The far end answered. */
  public void indicateAnswer() {
    answered = true;
    wakeReader();
  }

  public boolean ringingIndicated() {
    return ringing;
  }

  public boolean answerIndicated() {
    return answered;
  }

  public void wakeReader() {
    ChannelSignals signals = reader;
    if (signals != null) {
      signals.poke();
    }
  }

  /** The Call-ID of the channel's SIP dialog (chan_pjsip's BRIDGEPVTCALLID), made up once. */
  public synchronized String sipCallId() {
    if (sipCallId == null) {
      sipCallId = java.util.UUID.randomUUID().toString();
    }
    return sipCallId;
  }

  /** True the first time only: RTP statistics are left once per channel. */
  boolean markQualityReported() {
    return qualityReported.compareAndSet(false, true);
  }

  public Bridge bridge() {
    return bridge;
  }

  public void bridge(Bridge bridge) {
    this.bridge = bridge;
  }
}
