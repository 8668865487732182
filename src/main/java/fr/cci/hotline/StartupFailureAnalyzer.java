package fr.cci.hotline;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Any start-up failure that names a setting — thrown as {@link InvalidSetting} by a module (a menu
 * file that cannot be read, a FastAGI port in use), or the web server's port in use — becomes one
 * line naming the key, the value and the cause, without a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<Exception> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, Exception failure) {
    InvalidSetting invalid = findCause(rootFailure, InvalidSetting.class);
    if (invalid != null) {
      return InvalidSettingFailureAnalyzer.analysis(invalid.getMessage(), rootFailure);
    }
    PortInUseException portInUse = findCause(rootFailure, PortInUseException.class);
    if (portInUse != null) {
      return InvalidSettingFailureAnalyzer.analysis(
          "server.port or management.server.port = "
              + portInUse.getPort()
              + ": already in use by another program",
          rootFailure);
    }
    return null;
  }
}
