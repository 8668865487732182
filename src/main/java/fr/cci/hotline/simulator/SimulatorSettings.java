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
 * @param endpoints a pjsip.conf whose endpoints give channels their caller id and language, or null
 *     (the lab captures: neither)
 * @param prompts a folder of WAV prompts played as {@code hotline/<name>}, whose lengths the
 *     simulated playback takes, or null (every prompt lasts 2 s)
 * @param musicOnHold whether music on hold is configured (musiconhold.conf has a class): music
 *     starts and stops with MusicOnHoldStart/Stop events; the lab PBX of the captures had none
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
    long seed,
    Path endpoints,
    Path prompts,
    boolean musicOnHold) {

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
        42L,
        null,
        null,
        false);
  }

  public SimulatorSettings withAmiPort(int port) {
    return new SimulatorSettings(
        port,
        amiUsername,
        amiSecret,
        agiHost,
        agiPort,
        dialplan,
        speed,
        systemName,
        seed,
        endpoints,
        prompts,
        musicOnHold);
  }

  public SimulatorSettings withAmiCredentials(String username, String secret) {
    return new SimulatorSettings(
        amiPort,
        username,
        secret,
        agiHost,
        agiPort,
        dialplan,
        speed,
        systemName,
        seed,
        endpoints,
        prompts,
        musicOnHold);
  }

  public SimulatorSettings withAgi(String host, int port) {
    return new SimulatorSettings(
        amiPort,
        amiUsername,
        amiSecret,
        host,
        port,
        dialplan,
        speed,
        systemName,
        seed,
        endpoints,
        prompts,
        musicOnHold);
  }

  public SimulatorSettings withDialplan(Path file) {
    return new SimulatorSettings(
        amiPort,
        amiUsername,
        amiSecret,
        agiHost,
        agiPort,
        file,
        speed,
        systemName,
        seed,
        endpoints,
        prompts,
        musicOnHold);
  }

  public SimulatorSettings withSpeed(double factor) {
    return new SimulatorSettings(
        amiPort,
        amiUsername,
        amiSecret,
        agiHost,
        agiPort,
        dialplan,
        factor,
        systemName,
        seed,
        endpoints,
        prompts,
        musicOnHold);
  }

  public SimulatorSettings withSystemName(String name) {
    return new SimulatorSettings(
        amiPort,
        amiUsername,
        amiSecret,
        agiHost,
        agiPort,
        dialplan,
        speed,
        name,
        seed,
        endpoints,
        prompts,
        musicOnHold);
  }

  public SimulatorSettings withSeed(long newSeed) {
    return new SimulatorSettings(
        amiPort,
        amiUsername,
        amiSecret,
        agiHost,
        agiPort,
        dialplan,
        speed,
        systemName,
        newSeed,
        endpoints,
        prompts,
        musicOnHold);
  }

  /** Endpoints as in this pjsip.conf: caller ids and languages of the channels they make. */
  public SimulatorSettings withEndpointsFrom(Path pjsipConf) {
    return new SimulatorSettings(
        amiPort,
        amiUsername,
        amiSecret,
        agiHost,
        agiPort,
        dialplan,
        speed,
        systemName,
        seed,
        pjsipConf,
        prompts,
        musicOnHold);
  }

  /** Prompts as long as the WAV files of this folder ({@code hotline/<name>}). */
  public SimulatorSettings withPromptsFrom(Path folder) {
    return new SimulatorSettings(
        amiPort,
        amiUsername,
        amiSecret,
        agiHost,
        agiPort,
        dialplan,
        speed,
        systemName,
        seed,
        endpoints,
        folder,
        musicOnHold);
  }

  /**
   * The project's Asterisk configuration as a real PBX has it: the dialplan, the endpoints of
   * pjsip.conf, the prompts' lengths and music on hold.
   */
  public SimulatorSettings withProjectConfiguration() {
    SimulatorSettings project =
        withDialplan(Path.of("asterisk-config/extensions.conf"))
            .withEndpointsFrom(Path.of("asterisk-config/pjsip.conf"))
            .withPromptsFrom(Path.of("asterisk-config/sounds"));
    return new SimulatorSettings(
        project.amiPort,
        project.amiUsername,
        project.amiSecret,
        project.agiHost,
        project.agiPort,
        project.dialplan,
        project.speed,
        project.systemName,
        project.seed,
        project.endpoints,
        project.prompts,
        true);
  }
}
