package fr.cci.hotline.asterisk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Every WARN and ERROR line the test JVM logs, so that the real-PBX tests can check that a normal
 * day on a real Asterisk logs none: only the faults a test injects may be warned about. Logback
 * creates this appender from {@code logback-test.xml} each time it is configured again (Spring Boot
 * stops and resets it whenever a context starts after another closed); the lines are kept here,
 * across those instances.
 */
public final class LogWatch extends AppenderBase<ILoggingEvent> {

  private static final List<String> lines = new ArrayList<>();

  @Override
  protected void append(ILoggingEvent event) {
    if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
      String line =
          event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage();
      synchronized (lines) {
        lines.add(line);
      }
    }
  }

  /** Where the log stands now. */
  static int mark() {
    synchronized (lines) {
      return lines.size();
    }
  }

  /** The WARN and ERROR lines since {@code mark}. */
  static List<String> since(int mark) {
    synchronized (lines) {
      return List.copyOf(lines.subList(Math.min(mark, lines.size()), lines.size()));
    }
  }
}
