package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulatorMainTests {

  @Test
  void optionsAreReadAsPairs() {
    assertThat(SimulatorMain.options(new String[] {"--agi", "10.0.0.5:4573", "--rate", "0.5"}))
        .containsEntry("agi", "10.0.0.5:4573")
        .containsEntry("rate", "0.5");
  }

  @Test
  void anUnknownOptionIsNamed() {
    assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--help"}))
        .hasMessage("unknown option --help");
  }

  @Test
  void aMissingValueOrANonNumberIsNamed() {
    assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--rate"}))
        .hasMessage("--rate needs a value");
    assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--rate", "fast"}))
        .hasMessage("--rate must be a number: fast");
    assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--agi", "localhost"}))
        .hasMessage("--agi must be host:port: localhost");
  }
}
