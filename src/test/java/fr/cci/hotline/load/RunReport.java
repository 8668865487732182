package fr.cci.hotline.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lines of one run's report: logged as they come and written to target/load/ at the end. */
final class RunReport {

  private static final Logger log = LoggerFactory.getLogger(RunReport.class);

  private final String name;
  private final StringBuilder text = new StringBuilder();

  RunReport(String name) {
    this.name = name;
    line(
        "%s, %s UTC; %d cores, %d MB RAM; Java %s (%s)",
        name,
        OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
        Runtime.getRuntime().availableProcessors(),
        totalMemoryMb(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
  }

  void line(String format, Object... arguments) {
    String line = String.format(Locale.ROOT, format, arguments);
    log.info("{}", line);
    text.append(line).append('\n');
  }

  /** The load average now, as uptime shows it: other builds share the two cores. */
  void load(String when) {
    line("load average %s: %s", when, loadAverage());
  }

  void save() {
    Path file = Path.of("target/load", name + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException failure) {
      return "unknown";
    }
  }

  private static long totalMemoryMb() {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getTotalMemorySize() >> 20;
  }
}
