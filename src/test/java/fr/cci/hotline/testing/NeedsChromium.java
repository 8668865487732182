package fr.cci.hotline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test: it runs where Debian's Chromium and its driver are installed ({@link
 * HeadlessChromium}) and is skipped elsewhere, naming what is missing. In CI (the {@code CI}
 * environment variable is set, as {@code .ci/run} does) it always runs: a missing browser fails
 * there instead of hiding the tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Installed.class)
public @interface NeedsChromium {

  /** Enables the test when the browser and its driver are there, or when running in CI. */
  final class Installed implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (System.getenv("CI") != null) {
        return ConditionEvaluationResult.enabled("CI installs Chromium: browser tests always run");
      }
      return Stream.of(HeadlessChromium.BROWSER, HeadlessChromium.DRIVER)
          .filter(binary -> !Files.isExecutable(binary))
          .findFirst()
          .map(
              missing ->
                  ConditionEvaluationResult.disabled(
                      "browser test skipped: "
                          + missing
                          + " is missing (Debian packages chromium and chromium-driver)"))
          .orElseGet(
              () -> ConditionEvaluationResult.enabled("Chromium and chromedriver are installed"));
    }
  }
}
