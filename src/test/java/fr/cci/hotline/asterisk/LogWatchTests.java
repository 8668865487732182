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
  void aWarningLoggedAfterLogbackWasResetIsStillSeen() throws Exception {
    LogWatch watch = LogWatch.installed();
    int mark = watch.mark();

    log.warn("before the reset");
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    logback.reset(); // what Spring Boot does when a context starts after another one closed
    new ContextInitializer(logback).autoConfig();
    log.warn("after the reset");
    log.info("not a warning");

    assertThat(watch.since(mark))
        .containsExactly(
            "WARN " + LogWatchTests.class.getName() + ": before the reset",
            "WARN " + LogWatchTests.class.getName() + ": after the reset");
  }
}
