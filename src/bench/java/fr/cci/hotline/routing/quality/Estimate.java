package fr.cci.hotline.routing.quality;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A figure over independent replications: their mean and the half-width of its 95 % confidence
 * interval (Student's t).
 */
record Estimate(double mean, double halfWidth) {

  static Estimate of(List<Tally> replications, ToDoubleFunction<Tally> figure) {
    int n = replications.size();
    double mean = replications.stream().mapToDouble(figure).average().orElse(Double.NaN);
    if (n < 2) {
      return new Estimate(mean, Double.NaN);
    }
    double squares =
        replications.stream()
            .mapToDouble(figure)
            .map(value -> (value - mean) * (value - mean))
            .sum();
    return new Estimate(mean, studentT975(n - 1) * Math.sqrt(squares / (n - 1) / n));
  }

  /** Whether {@code value} is within the interval. */
  boolean covers(double value) {
    return Math.abs(value - mean) <= halfWidth;
  }

  /** The 97.5 % quantile of Student's t (Cornish-Fisher expansion, within 0.1 % from 5 df). */
  private static double studentT975(int degrees) {
    double z = 1.959964;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    return z + (z3 + z) / (4.0 * degrees) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * degrees * degrees);
  }
}
