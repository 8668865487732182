package fr.cci.hotline.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator on its own, e.g. for a benchmark against a running service:
 *
 * <pre>
 * --agi 127.0.0.1:4573 --ami-port 5038 --ami-user hotline --ami-secret hotline
 * --rate 0.5 --duration 600 --advisors 10 --seed 42 --speed 1 [--dialplan file]
 * </pre>
 *
 * Without --rate it runs the demo stream until killed.
 */
public final class SimulatorMain {

  private static final Logger log = LoggerFactory.getLogger(SimulatorMain.class);

  private SimulatorMain() {}

  static final String USAGE =
      "usage: SimulatorMain [--agi host:port] [--ami-port n] [--ami-user name] [--ami-secret s]"
          + " [--rate calls/s --duration s] [--advisors n] [--seed n] [--speed x] [--dialplan file]";
  private static final Set<String> KNOWN =
      Set.of(
          "agi",
          "ami-port",
          "ami-user",
          "ami-secret",
          "rate",
          "duration",
          "advisors",
          "seed",
          "speed",
          "dialplan");

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> options;
    try {
      options = options(args);
      run(options);
    } catch (IllegalArgumentException invalid) {
      log.error("{}\n{}", invalid.getMessage(), USAGE);
      System.exit(2);
    }
  }

  private static void run(Map<String, String> options) throws InterruptedException {
    SimulatorSettings settings =
        SimulatorSettings.defaults()
            .withAmiPort(Integer.parseInt(options.getOrDefault("ami-port", "5038")))
            .withAmiCredentials(
                options.getOrDefault("ami-user", "hotline"),
                options.getOrDefault("ami-secret", "hotline"))
            .withSpeed(Double.parseDouble(options.getOrDefault("speed", "1")))
            .withSeed(Long.parseLong(options.getOrDefault("seed", "42")))
            .withDialplan(
                Path.of(options.getOrDefault("dialplan", "asterisk-config/extensions.conf")));
    String[] agi = options.getOrDefault("agi", "127.0.0.1:4573").split(":");
    settings = settings.withAgi(agi[0], Integer.parseInt(agi[1]));
    PbxSimulator simulator = PbxSimulator.start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
    log.info(
        "PBX simulator: AMI on port {}, FastAGI to {}", simulator.amiPort(), String.join(":", agi));
    int advisors = Integer.parseInt(options.getOrDefault("advisors", "10"));
    if (!options.containsKey("rate")) {
      simulator.startDemo();
      new CountDownLatch(1).await();
      return;
    }
    TrafficProfile profile =
        TrafficProfile.poisson(
                Double.parseDouble(options.get("rate")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "60"))))
            .withAdvisors(advisors);
    List<CallRecord> records = simulator.traffic(profile).awaitCompletion(Duration.ofDays(1));
    long answered = records.stream().filter(r -> r.answeredBy() != null).count();
    log.info("{} calls, {} answered by an advisor", records.size(), answered);
    simulator.close();
  }

  /**
   * Reads {@code --option value} pairs.
   *
   * @throws IllegalArgumentException naming the option at fault (unknown, missing value, not a
   *     number)
   */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : null;
      if (name == null || !KNOWN.contains(name)) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      options.put(name, args[i + 1]);
    }
    for (String number : List.of("ami-port", "rate", "duration", "advisors", "seed", "speed")) {
      if (options.containsKey(number) && !options.get(number).matches("\\d+(\\.\\d+)?")) {
        throw new IllegalArgumentException(
            "--" + number + " must be a number: " + options.get(number));
      }
    }
    if (options.containsKey("agi") && !options.get("agi").matches("[^:]+:\\d+")) {
      throw new IllegalArgumentException("--agi must be host:port: " + options.get("agi"));
    }
    return options;
  }
}
