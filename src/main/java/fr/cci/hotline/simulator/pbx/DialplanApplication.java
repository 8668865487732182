package fr.cci.hotline.simulator.pbx;

/** A dialplan application of the model (Dial, Queue, AGI, NoOp…). */
@FunctionalInterface
public interface DialplanApplication {

  /**
   * Runs on the channel's own thread.
   *
   * @param data the arguments, variables already substituted
   */
  AppResult execute(Channel channel, String data);
}
