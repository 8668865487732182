package fr.cci.hotline.simulator;

import java.time.Duration;
import java.util.Random;

/** A random duration: talk times, patience, gaps between calls. */
@FunctionalInterface
public interface Distribution {

  Duration sample(Random random);

  static Distribution fixed(Duration value) {
    return random -> value;
  }

  static Distribution uniform(Duration min, Duration max) {
    return random ->
        min.plusMillis((long) (random.nextDouble() * (max.toMillis() - min.toMillis())));
  }

  /** Exponential with the given mean: the gaps of a Poisson process, memoryless patience. */
  static Distribution exponential(Duration mean) {
    return random ->
        Duration.ofMillis((long) (-Math.log(1 - random.nextDouble()) * mean.toMillis()));
  }
}
