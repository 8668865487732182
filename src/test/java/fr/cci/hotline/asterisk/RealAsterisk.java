package fr.cci.hotline.asterisk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

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
   * After each test (or after the class, when its calls are placed once for all its tests): no call
   * left up to ring the next test's advisors, and no WARN or ERROR line logged meanwhile but those
   * the test declares with {@link ExpectedWarnings} — a real Asterisk on a normal day gives none.
   */
  final class NoCallLeftUp
      implements BeforeEachCallback, AfterEachCallback, BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace LOG =
        ExtensionContext.Namespace.create(NoCallLeftUp.class);

    @Override
    public void beforeAll(ExtensionContext context) {
      context.getStore(LOG).put("mark", LogWatch.mark());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      if (perMethod(context)) {
        context.getStore(LOG).put("mark", LogWatch.mark());
      }
    }

    @Override
    public void afterEach(ExtensionContext context) {
      if (perMethod(context)) {
        RealPbx.hangUpEverythingIfStarted();
        noCallBackLeft(context);
        checkLog(context);
      }
    }

    @Override
    public void afterAll(ExtensionContext context) {
      RealPbx.hangUpEverythingIfStarted();
      if (!perMethod(context)) {
        noCallBackLeft(context);
        checkLog(context);
      }
    }

    /** A call-back a test leaves pending would ring the next tests' advisors. */
    private static void noCallBackLeft(ExtensionContext context) {
      if (AsteriskTestSupport.class.isAssignableFrom(context.getRequiredTestClass())) {
        AsteriskTestSupport.noCallBackLeft(SpringExtension.getApplicationContext(context));
      }
    }

    private static boolean perMethod(ExtensionContext context) {
      return context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD)
          == Lifecycle.PER_METHOD;
    }

    private static void checkLog(ExtensionContext context) {
      Integer mark = context.getStore(LOG).get("mark", Integer.class);
      if (mark == null || context.getExecutionException().isPresent()) {
        return; // a failure already says what went wrong
      }
      List<String> expected = new ArrayList<>();
      context
          .getTestMethod()
          .map(m -> m.getAnnotation(ExpectedWarnings.class))
          .ifPresent(e -> expected.addAll(List.of(e.value())));
      context
          .getTestClass()
          .map(c -> c.getAnnotation(ExpectedWarnings.class))
          .ifPresent(e -> expected.addAll(List.of(e.value())));
      List<String> unexpected =
          LogWatch.since(mark).stream()
              .filter(
                  line ->
                      expected.stream()
                          .noneMatch(pattern -> Pattern.compile(pattern).matcher(line).find()))
              .toList();
      if (!unexpected.isEmpty()) {
        throw new AssertionError(
            "WARN/ERROR lines nobody asked for:\n" + String.join("\n", unexpected));
      }
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
