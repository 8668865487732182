package fr.cci.hotline.simulator;

import java.nio.file.Path;

/**
 * How to start a {@link PbxSimulator}.
 *
 * @param amiPort the AMI port; 0 picks a free one
 * @param amiUsername the manager.conf user
 * @param amiSecret its secret
 * @param agiHost where the service listens for FastAGI (overrides the dialplan's HOTLINE_AGI)
 * @param agiPort its port
 * @param dialplan the extensions.conf to interpret
 * @param speed 1 = real time, 20 = twenty times faster (every wait of the model is divided)
 * @param systemName Asterisk's systemname: prefixes unique ids and adds SystemName to events
 * @param seed the seed of every random choice (traffic, digits)
 */
public record SimulatorSettings(
    int amiPort,
    String amiUsername,
    String amiSecret,
    String agiHost,
    int agiPort,
    Path dialplan,
    double speed,
    String systemName,
    long seed) {

  public SimulatorSettings {
    systemName = systemName == null ? "" : systemName;
  }

  /** Random AMI port, user hotline/hotline, FastAGI on 127.0.0.1:4573, the project's dialplan. */
  public static SimulatorSettings defaults() {
    return new SimulatorSettings(
        0,
        "hotline",
        "hotline",
        "127.0.0.1",
        4573,
        Path.of("asterisk-config/extensions.conf"),
        1.0,
        "",
        42L);
  }

  public SimulatorSettings withAmiPort(int port) {
    return new SimulatorSettings(
        port, amiUsername, amiSecret, agiHost, agiPort, dialplan, speed, systemName, seed);
  }

  public SimulatorSettings withAmiCredentials(String username, String secret) {
    return new SimulatorSettings(
        amiPort, username, secret, agiHost, agiPort, dialplan, speed, systemName, seed);
  }

  public SimulatorSettings withAgi(String host, int port) {
    return new SimulatorSettings(
        amiPort, amiUsername, amiSecret, host, port, dialplan, speed, systemName, seed);
  }

  public SimulatorSettings withDialplan(Path file) {
    return new SimulatorSettings(
        amiPort, amiUsername, amiSecret, agiHost, agiPort, file, speed, systemName, seed);
  }

  public SimulatorSettings withSpeed(double factor) {
    return new SimulatorSettings(
        amiPort, amiUsername, amiSecret, agiHost, agiPort, dialplan, factor, systemName, seed);
  }

  public SimulatorSettings withSystemName(String name) {
    return new SimulatorSettings(
        amiPort, amiUsername, amiSecret, agiHost, agiPort, dialplan, speed, name, seed);
  }

  public SimulatorSettings withSeed(long newSeed) {
    return new SimulatorSettings(
        amiPort, amiUsername, amiSecret, agiHost, agiPort, dialplan, speed, systemName, newSeed);
  }
}
