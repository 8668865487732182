package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real-PBX suite's log check is only as good as the watch: it must survive Spring's resets. */
class LogWatchTests {

  private static final Logger log = LoggerFactory.getLogger(LogWatchTests.class);

  @Test
  void aWarningLoggedAfterLogbackWasStoppedAndConfiguredAgainIsStillSeen() throws Exception {
    int mark = LogWatch.mark();

    log.warn("before the reset");
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    // What Spring Boot does when a context starts after another one closed: stop, reset, configure.
    logback.stop();
    logback.reset();
    new ContextInitializer(logback).autoConfig();
    log.warn("after the reset");
    log.info("not a warning");

    assertThat(LogWatch.since(mark))
        .containsExactly(
            "WARN " + LogWatchTests.class.getName() + ": before the reset",
            "WARN " + LogWatchTests.class.getName() + ": after the reset");
  }
}
