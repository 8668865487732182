package fr.cci.hotline.asterisk;

import static org.awaitility.Awaitility.await;

import fr.cci.hotline.testing.ObservedCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** One caller placed by sipp on the operator trunk. */
final class SippCall {

  private final String callerNumber;
  private final Process process;
  private final Path folder;
  private final RealPbx pbx;

  SippCall(String callerNumber, Process process, Path folder, RealPbx pbx) {
    this.callerNumber = callerNumber;
    this.process = process;
    this.folder = folder;
    this.pbx = pbx;
  }

  String callerNumber() {
    return callerNumber;
  }

  /** What the service observed so far. */
  ObservedCall observed() {
    return pbx.observe(callerNumber);
  }

  /**
   * Waits until the caller's SIP dialogue is over and Asterisk reported the hang-up, and returns
   * what the service observed.
   */
  ObservedCall awaitEnd(Duration timeout) {
    awaitDialogueEnd(timeout);
    await().atMost(Duration.ofSeconds(10)).until(() -> observed().ended());
    return observed();
  }

  /**
   * Waits until the caller's SIP dialogue is over, for calls the service cannot observe (its AMI
   * link is down).
   */
  void awaitDialogueEnd(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        Sipp.stop(process);
        throw new AssertionError(
            "call from " + callerNumber + " still up after " + timeout + "\n" + observed());
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "sipp caller "
              + callerNumber
              + " failed (exit "
              + process.exitValue()
              + "): "
              + errors());
    }
  }

  private String errors() {
    try {
      Path errors = folder.resolve("errors.log");
      return Files.exists(errors) ? Files.readString(errors) : "see " + folder;
    } catch (IOException unreadable) {
      return "see " + folder;
    }
  }
}
