package fr.cci.hotline.simulator.demo;

import fr.cci.hotline.InvalidSetting;
import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.simulator.SimulatorSettings;
import fr.cci.hotline.simulator.TrafficGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The built-in PBX of the {@code demo} profile: the simulator stands in for Asterisk on a port of
 * its own, reads the project's dialplan and feeds the service a steady, plausible stream of calls
 * so that every screen has something to show. It starts before the service's AMI link.
 */
@Component
@Profile("demo")
class DemoPbx implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DemoPbx.class);

  /** The project's dialplan: a file beside the service, else the copy packaged in the jar. */
  static final String PACKAGED_DIALPLAN = "asterisk-config/extensions.conf";

  private final SimulatorSettings settings;
  private PbxSimulator simulator;
  private TrafficGenerator traffic;

  DemoPbx(
      @Value("${hotline.simulator.ami-port:15038}") int amiPort,
      @Value("${hotline.simulator.ami-username:hotline}") String username,
      @Value("${hotline.simulator.ami-secret:demo}") String secret,
      @Value("${hotline.simulator.agi-port:${hotline.telephony.agi.port:4573}}") int agiPort,
      @Value("${hotline.simulator.dialplan:" + PACKAGED_DIALPLAN + "}") Path dialplan,
      @Value("${hotline.simulator.speed:1}") double speed) {
    this.settings =
        SimulatorSettings.defaults()
            .withAmiPort(amiPort)
            .withAmiCredentials(username, secret)
            .withAgi("127.0.0.1", agiPort)
            .withDialplan(readable(dialplan))
            .withSpeed(speed);
  }

  /**
   * The dialplan file; when the default is not beside the service (the jar started from another
   * folder), the copy packaged in the jar.
   */
  private static Path readable(Path dialplan) {
    if (Files.isReadable(dialplan)) {
      return dialplan;
    }
    if (!dialplan.equals(Path.of(PACKAGED_DIALPLAN))) {
      throw new InvalidSetting("hotline.simulator.dialplan", dialplan, "no such file");
    }
    try (InputStream packaged = DemoPbx.class.getResourceAsStream("/" + PACKAGED_DIALPLAN)) {
      if (packaged == null) {
        throw new InvalidSetting(
            "hotline.simulator.dialplan", dialplan, "no such file, and none packaged in the jar");
      }
      Path copy = Files.createTempFile("hotline-demo-extensions", ".conf");
      copy.toFile().deleteOnExit();
      Files.copy(packaged, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException failure) {
      throw new InvalidSetting("hotline.simulator.dialplan", dialplan, failure.toString());
    }
  }

  @Override
  public synchronized void start() {
    simulator = PbxSimulator.start(settings);
    traffic = simulator.startDemo();
    log.info(
        "Demo PBX simulator: AMI on port {}, calls to FastAGI port {}",
        simulator.amiPort(),
        settings.agiPort());
  }

  @Override
  public synchronized void stop() {
    if (traffic != null) {
      traffic.stop();
    }
    if (simulator != null) {
      simulator.close();
    }
    simulator = null;
    traffic = null;
  }

  @Override
  public boolean isRunning() {
    return simulator != null;
  }

  /** Up before the AMI link and the FastAGI server, down after them. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 100;
  }
}
