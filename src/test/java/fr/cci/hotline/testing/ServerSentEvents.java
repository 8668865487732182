package fr.cci.hotline.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads the lines of a server-sent event stream ({@link Browser#eventStream}) event by event. */
public final class ServerSentEvents {

  private ServerSentEvents() {}

  /** The data of the next event of that name on the stream (its lines joined), within the time. */
  public static String next(BlockingQueue<String> stream, String name, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    boolean inEvent = false;
    StringBuilder data = new StringBuilder();
    while (Instant.now().isBefore(deadline)) {
      String line = stream.poll(200, TimeUnit.MILLISECONDS);
      if (line == null) {
        continue;
      }
      if (line.startsWith("event:")) {
        inEvent = line.substring(6).strip().equals(name);
      } else if (inEvent && line.startsWith("data:")) {
        data.append(line.substring(5)).append('\n');
      } else if (inEvent && line.isEmpty()) {
        return data.toString();
      }
    }
    throw new AssertionError("no '" + name + "' event within " + within);
  }
}
