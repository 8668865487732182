package fr.cci.hotline.ivr.hours;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Publishes whether the line is open now ({@code hotline.line.open}, 0/1), so that an alert can
 * tell an empty team during opening hours from an empty team at night without copying the hours,
 * holidays and closures into Prometheus.
 */
@Component
class LineOpenGauge {

  LineOpenGauge(OpeningHours hours, MeterRegistry meters) {
    Gauge.builder("hotline.line.open", hours, open -> open.isOpenNow() ? 1 : 0)
        .description("1 while the line is open (opening hours, public holidays, closures)")
        .register(meters);
  }
}
