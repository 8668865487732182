package fr.cci.hotline.simulator.agi;

import java.util.function.ObjLongConsumer;

/**
 * Where the FastAGI sessions report how long the script took between a reply (or the environment)
 * the PBX wrote and the next command it read: the time the script added, measured on the PBX's side
 * of the socket. Nobody listens unless a benchmark asks.
 */
public final class AgiTurnarounds {

  private volatile ObjLongConsumer<String> listener = (command, nanos) -> {};

  /** Replaces the listener: it gets the next command's line and the nanoseconds before it. */
  public void listen(ObjLongConsumer<String> newListener) {
    listener = newListener;
  }

  void record(String nextCommand, long nanos) {
    listener.accept(nextCommand, nanos);
  }
}
