package fr.cci.hotline.supervision.reports;

import fr.cci.hotline.cases.CaseTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls per hour of the day, arrived against answered, drawn as an SVG by the page itself (the
 * network is closed: no charting library from a CDN). The geometry is computed here; the template
 * only writes the shapes.
 *
 * @param arrived calls that arrived in each hour of the day (0 to 23)
 * @param answered calls answered in each hour of the day
 * @param scale the value of the top of the chart
 */
record HourlyChart(int[] arrived, int[] answered, int scale, List<Bar> bars, List<Tick> ticks) {

  static final int WIDTH = 760;
  static final int HEIGHT = 240;
  static final int LEFT = 40;
  static final int BOTTOM = 24;
  static final int TOP = 10;
  static final int HOURS = 24;

  /** One bar: {@code kind} is {@code arrived} or {@code answered} (its CSS class). */
  record Bar(String kind, int hour, int value, double x, double y, double width, double height) {}

  /** A label on an axis. */
  record Tick(String text, double x, double y) {}

  static HourlyChart of(List<CaseTimes> calls, ZoneId zone) {
    int[] arrived = new int[HOURS];
    int[] answered = new int[HOURS];
    for (CaseTimes call : calls) {
      arrived[hour(call.arrivedAt(), zone)]++;
      if (call.answeredAt() != null) {
        answered[hour(call.answeredAt(), zone)]++;
      }
    }
    int highest = 0;
    for (int hour = 0; hour < HOURS; hour++) {
      highest = Math.max(highest, Math.max(arrived[hour], answered[hour]));
    }
    int scale = niceScale(highest);
    return new HourlyChart(arrived, answered, scale, bars(arrived, answered, scale), ticks(scale));
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  public int top() {
    return TOP;
  }

  /** Where the bars stand. */
  public int baseline() {
    return HEIGHT - BOTTOM;
  }

  /** The smallest of 1, 2, 5, 10, 20, 50… at or above the highest value. */
  static int niceScale(int highest) {
    int scale = 1;
    while (true) {
      for (int step : new int[] {1, 2, 5}) {
        if (scale * step >= highest) {
          return scale * step;
        }
      }
      scale *= 10;
    }
  }

  private static List<Bar> bars(int[] arrived, int[] answered, int scale) {
    double slot = (WIDTH - LEFT) / (double) HOURS;
    double barWidth = slot * 0.38;
    double plot = HEIGHT - BOTTOM - TOP;
    List<Bar> bars = new ArrayList<>();
    for (int hour = 0; hour < HOURS; hour++) {
      double x = LEFT + hour * slot + slot * 0.1;
      bars.add(bar("arrived", hour, arrived[hour], x, barWidth, plot, scale));
      bars.add(bar("answered", hour, answered[hour], x + barWidth, barWidth, plot, scale));
    }
    return bars;
  }

  private static Bar bar(
      String kind, int hour, int value, double x, double width, double plot, int scale) {
    double height = plot * value / scale;
    return new Bar(kind, hour, value, x, HEIGHT - BOTTOM - height, width, height);
  }

  /** The hours under the bars (every other one) and the values beside the axis. */
  private static List<Tick> ticks(int scale) {
    double slot = (WIDTH - LEFT) / (double) HOURS;
    List<Tick> ticks = new ArrayList<>();
    for (int hour = 0; hour < HOURS; hour += 2) {
      ticks.add(new Tick(hour + " h", LEFT + hour * slot + slot * 0.1, HEIGHT - 6));
    }
    double plot = HEIGHT - BOTTOM - TOP;
    ticks.add(new Tick("0", 4, HEIGHT - BOTTOM));
    ticks.add(new Tick(String.valueOf(scale), 4, HEIGHT - BOTTOM - plot + 10));
    return ticks;
  }

  private static int hour(Instant at, ZoneId zone) {
    return at.atZone(zone).getHour();
  }
}
