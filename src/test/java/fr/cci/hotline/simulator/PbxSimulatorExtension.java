package fr.cci.hotline.simulator;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link PbxSimulator} on a random AMI port before each test and closes it after. Runs
 * twenty times faster than real time unless told otherwise; reads the project's dialplan.
 *
 * <pre>
 * &#64;RegisterExtension PbxSimulatorExtension pbx = PbxSimulatorExtension.create();
 * </pre>
 */
public final class PbxSimulatorExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final UnaryOperator<SimulatorSettings> customizer;
  private PbxSimulator simulator;

  private PbxSimulatorExtension(UnaryOperator<SimulatorSettings> customizer) {
    this.customizer = customizer;
  }

  public static PbxSimulatorExtension create() {
    return new PbxSimulatorExtension(UnaryOperator.identity());
  }

  /** Adjusts the settings (speed, dialplan, system name…) before each start. */
  public static PbxSimulatorExtension with(UnaryOperator<SimulatorSettings> customizer) {
    return new PbxSimulatorExtension(customizer);
  }

  public PbxSimulator simulator() {
    return simulator;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    SimulatorSettings settings =
        SimulatorSettings.defaults()
            .withSpeed(20)
            .withDialplan(Path.of("asterisk-config/extensions.conf"));
    simulator = PbxSimulator.start(customizer.apply(settings));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PbxSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return simulator;
  }
}
