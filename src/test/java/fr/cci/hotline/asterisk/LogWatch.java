package fr.cci.hotline.asterisk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
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

  /** The watch, attached to the root logger once and for all. */
  static synchronized LogWatch installed() {
    if (installed == null) {
      installed = new LogWatch();
      installed.setName("real-pbx-log-watch");
      LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
      installed.attachTo(logback);
      logback.addListener(new StayAttached(installed));
    }
    return installed;
  }

  private void attachTo(LoggerContext logback) {
    setContext(logback);
    start();
    logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this);
  }

  /**
   * Spring Boot resets Logback whenever a context starts after another one closed (every test that
   * starts a service of its own, sometimes in the middle of a test), which detaches and stops every
   * appender: the watch is attached again at once, so no line is missed.
   */
  private record StayAttached(LogWatch watch) implements LoggerContextListener {

    @Override
    public boolean isResetResistant() {
      return true;
    }

    @Override
    public void onReset(LoggerContext logback) {
      Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      if (root.getAppender(watch.getName()) != watch) {
        watch.attachTo(logback);
      }
    }

    @Override
    public void onStart(LoggerContext logback) {}

    @Override
    public void onStop(LoggerContext logback) {}

    @Override
    public void onLevelChange(Logger logger, Level level) {}
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
