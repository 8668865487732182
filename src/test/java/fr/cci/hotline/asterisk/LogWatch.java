package fr.cci.hotline.asterisk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every WARN and ERROR line the test JVM logs, so that the real-PBX tests can check that a normal
 * day on a real Asterisk logs none: only the faults a test injects may be warned about.
 */
final class LogWatch extends AppenderBase<ILoggingEvent> {

  private static LogWatch installed;

  private final List<String> lines = new ArrayList<>();

  static synchronized LogWatch installed() {
    if (installed == null) {
      installed = new LogWatch();
      Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      installed.setContext(root.getLoggerContext());
      installed.setName("real-pbx-log-watch");
      installed.start();
      root.addAppender(installed);
    }
    return installed;
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
      lines.add(
          event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage());
    }
  }

  /** Where the log stands now. */
  synchronized int mark() {
    return lines.size();
  }

  /** The WARN and ERROR lines since {@code mark}. */
  synchronized List<String> since(int mark) {
    return List.copyOf(lines.subList(Math.min(mark, lines.size()), lines.size()));
  }
}
