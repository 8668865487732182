package fr.cci.hotline.simulator;

import java.nio.file.Path;
import java.util.function.Consumer;

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
 * @param queues a queues.conf whose queues' ring time, retry and position announcements the
 *     simulated app_queue follows, or null (15 s, 5 s, no announcements)
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
    boolean musicOnHold,
    Path queues) {

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
        false,
        null);
  }

  public SimulatorSettings withAmiPort(int port) {
    return with(copy -> copy.amiPort = port);
  }

  public SimulatorSettings withAmiCredentials(String username, String secret) {
    return with(
        copy -> {
          copy.amiUsername = username;
          copy.amiSecret = secret;
        });
  }

  public SimulatorSettings withAgi(String host, int port) {
    return with(
        copy -> {
          copy.agiHost = host;
          copy.agiPort = port;
        });
  }

  public SimulatorSettings withDialplan(Path file) {
    return with(copy -> copy.dialplan = file);
  }

  public SimulatorSettings withSpeed(double factor) {
    return with(copy -> copy.speed = factor);
  }

  public SimulatorSettings withSystemName(String name) {
    return with(copy -> copy.systemName = name);
  }

  public SimulatorSettings withSeed(long newSeed) {
    return with(copy -> copy.seed = newSeed);
  }

  /** Endpoints as in this pjsip.conf: caller ids and languages of the channels they make. */
  public SimulatorSettings withEndpointsFrom(Path pjsipConf) {
    return with(copy -> copy.endpoints = pjsipConf);
  }

  /** Prompts as long as the WAV files of this folder ({@code hotline/<name>}). */
  public SimulatorSettings withPromptsFrom(Path folder) {
    return with(copy -> copy.prompts = folder);
  }

  /**
   * The project's Asterisk configuration as a real PBX has it: the dialplan, the endpoints of
   * pjsip.conf, the prompts' lengths, music on hold and the queues of queues.conf.
   */
  public SimulatorSettings withProjectConfiguration() {
    return with(
        copy -> {
          copy.dialplan = Path.of("asterisk-config/extensions.conf");
          copy.endpoints = Path.of("asterisk-config/pjsip.conf");
          copy.prompts = Path.of("asterisk-config/sounds");
          copy.musicOnHold = true;
          copy.queues = Path.of("asterisk-config/queues.conf");
        });
  }

  private SimulatorSettings with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.settings();
  }

  /** The settings' values while one {@code with…} changes some. */
  private static final class Copy {
    int amiPort;
    String amiUsername;
    String amiSecret;
    String agiHost;
    int agiPort;
    Path dialplan;
    double speed;
    String systemName;
    long seed;
    Path endpoints;
    Path prompts;
    boolean musicOnHold;
    Path queues;

    Copy(SimulatorSettings from) {
      amiPort = from.amiPort;
      amiUsername = from.amiUsername;
      amiSecret = from.amiSecret;
      agiHost = from.agiHost;
      agiPort = from.agiPort;
      dialplan = from.dialplan;
      speed = from.speed;
      systemName = from.systemName;
      seed = from.seed;
      endpoints = from.endpoints;
      prompts = from.prompts;
      musicOnHold = from.musicOnHold;
      queues = from.queues;
    }

    SimulatorSettings settings() {
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
          prompts,
          musicOnHold,
          queues);
    }
  }
}
