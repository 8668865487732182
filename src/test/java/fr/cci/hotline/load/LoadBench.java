package fr.cci.hotline.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one load run: {@code throughput [--db h2|postgres] [--rate 100] [--seconds 60]}, {@code
 * concurrency [--callers 1000]} or {@code ami-events [--event-rates 2000,5000,…]}. Started by
 * {@code scripts/load-bench.sh}, which packages the service first.
 */
final class LoadBench {

  private static final Logger log = LoggerFactory.getLogger(LoadBench.class);

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    String run = args.length == 0 ? "" : args[0];
    LoadOptions options = LoadOptions.parse(args, 1);
    switch (run) {
      case "throughput" -> new ThroughputRun(options).run();
      case "concurrency" -> new ConcurrencyRun(options).run();
      case "ami-events" -> new AmiEventRun(options).run();
      default -> {
        log.error("usage: LoadBench throughput|concurrency|ami-events [--option value]…");
        System.exit(2);
      }
    }
    System.exit(0);
  }
}
