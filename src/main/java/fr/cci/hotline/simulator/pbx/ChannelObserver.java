package fr.cci.hotline.simulator.pbx;

/** What a simulated caller reacts to; all methods default to nothing. */
public interface ChannelObserver {

  default void answered(Channel channel) {}

  /** An AGI command starts; n counts from 1 over the whole call. */
  default void agiCommandStarted(Channel channel, int n, String command) {}

  /** A command or application that reads digits starts; n counts from 1 over the whole call. */
  default void inputStarted(Channel channel, int n) {}

  /** The caller starts waiting for a human: music on hold, a queue, a ringing advisor. */
  default void waitingStarted(Channel channel) {}

  /** The caller is now talking to someone. */
  default void bridged(Channel channel, Channel peer) {}

  default void hungUp(Channel channel) {}
}
