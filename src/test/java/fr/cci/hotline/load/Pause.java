package fr.cci.hotline.load;

import java.time.Duration;

/** A sleep that turns an interruption into the thread's interrupt flag and an exception. */
final class Pause {

  private Pause() {}

  static void of(Duration length) {
    try {
      Thread.sleep(length.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", interrupted);
    }
  }
}
