package fr.cci.hotline.load;

import java.util.Arrays;

/** Durations collected by many threads, then read as percentiles. */
final class Latencies {

  private long[] nanos = new long[1 << 16];
  private int size;

  synchronized void add(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = value;
  }

  synchronized int count() {
    return size;
  }

  /** The value below which {@code share} of the samples fall (nearest rank), in microseconds. */
  synchronized double percentileMicros(double share) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(share * size) - 1;
    return sorted[Math.max(0, rank)] / 1000.0;
  }

  synchronized double maxMicros() {
    return percentileMicros(1.0);
  }
}
