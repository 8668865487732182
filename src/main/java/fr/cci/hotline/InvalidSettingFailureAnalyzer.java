package fr.cci.hotline;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns a settings binding failure into one line that names the key, the value and the reason,
 * instead of Spring Boot's multi-line report, so that an operator sees at once what to fix.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

  private static final String ACTION =
      "Correct this setting (application.yml, an environment variable or a command-line"
          + " argument) and start again.";

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BindException failure) {
    InvalidSetting invalid = findCause(failure, InvalidSetting.class);
    if (invalid != null) {
      return analysis(invalid.getMessage(), failure);
    }
    BindValidationException validation = findCause(failure, BindValidationException.class);
    if (validation != null && !validation.getValidationErrors().getAllErrors().isEmpty()) {
      ObjectError error = validation.getValidationErrors().getAllErrors().get(0);
      String key = failure.getName().toString();
      Object value = null;
      if (error instanceof FieldError field) {
        key = key + "." + dashed(field.getField());
        value = asWritten(validation, key, field.getRejectedValue());
      }
      return analysis(key + " = " + value + ": " + error.getDefaultMessage(), failure);
    }
    ConfigurationProperty property = failure.getProperty();
    String key = (property != null ? property.getName() : failure.getName()).toString();
    Object value = property != null ? property.getValue() : null;
    return analysis(key + " = " + value + ": " + reason(failure), failure);
  }

  /** The value as the operator wrote it ({@code -5s}), not as it was converted ({@code PT-5S}). */
  private static Object asWritten(BindValidationException validation, String key, Object bound) {
    return validation.getValidationErrors().getBoundProperties().stream()
        .filter(property -> property.getName().toString().equals(key))
        .map(ConfigurationProperty::getValue)
        .findFirst()
        .orElse(bound);
  }

  static FailureAnalysis analysis(String line, Throwable failure) {
    return new FailureAnalysis("Invalid setting " + line, ACTION, failure);
  }

  private static String reason(Throwable failure) {
    Throwable deepest = failure;
    while (deepest.getCause() != null) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    return (message == null ? deepest.getClass().getSimpleName() : message).replace('\n', ' ');
  }

  /** {@code agi.reconnectInitialDelay} → {@code agi.reconnect-initial-delay}. */
  private static String dashed(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
