package fr.cci.hotline.load;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of the service's /actuator/prometheus: each series with its labels, and its value. */
final class Scrape {

  private final Map<String, Double> series = new HashMap<>();

  Scrape(String exposition) {
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
  }

  /** A series as written, labels included ({@code name{le="0.05"}}); 0 when absent. */
  double value(String seriesWithLabels) {
    return series.getOrDefault(seriesWithLabels, 0.0);
  }

  /** A histogram's cumulative bucket counts by upper bound in seconds (+Inf last). */
  SortedMap<Double, Double> buckets(String histogram) {
    SortedMap<Double, Double> buckets = new TreeMap<>();
    Matcher le = Pattern.compile("le=\"([^\"]+)\"").matcher("");
    series.forEach(
        (key, value) -> {
          if (key.startsWith(histogram + "_bucket{") && le.reset(key).find()) {
            String bound = le.group(1);
            buckets.put(
                bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound), value);
          }
        });
    return buckets;
  }

  /** The sum of a series over all its labels. */
  double sum(String name) {
    return series.entrySet().stream()
        .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }
}
