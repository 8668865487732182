package fr.cci.hotline.asterisk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that run against the real Asterisk 22: tagged {@code asterisk}, and reported as
 * skipped with the reason when no Asterisk or sipp is installed — unless {@code
 * HOTLINE_REQUIRE_ASTERISK=true} (CI), where they run and fail loudly instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("asterisk")
@ExtendWith({RealAsterisk.WhenInstalled.class, RealAsterisk.NoCallLeftUp.class})
public @interface RealAsterisk {

  /**
   * A test that failed half-way must not leave callers ringing the next test's advisors: their
   * calls end after each test, or after the class when its calls are placed once for all its tests.
   */
  final class NoCallLeftUp implements AfterEachCallback, AfterAllCallback {
    @Override
    public void afterEach(ExtensionContext context) {
      if (context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_METHOD) {
        RealPbx.hangUpEverythingIfStarted();
      }
    }

    @Override
    public void afterAll(ExtensionContext context) {
      RealPbx.hangUpEverythingIfStarted();
    }
  }

  /** Skips with the reason when the real PBX is missing and not required. */
  final class WhenInstalled implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      AsteriskInstallation.Lookup lookup = AsteriskInstallation.find();
      if (lookup.found()) {
        return ConditionEvaluationResult.enabled("real Asterisk: " + lookup.installation());
      }
      if (AsteriskInstallation.required()) {
        return ConditionEvaluationResult.enabled(
            "HOTLINE_REQUIRE_ASTERISK is set: running to fail, " + lookup.missingReason());
      }
      return ConditionEvaluationResult.disabled("Real-PBX test skipped: " + lookup.missingReason());
    }
  }
}
