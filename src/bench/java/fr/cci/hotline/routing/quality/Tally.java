package fr.cci.hotline.routing.quality;

/**
 * What happened to the counted calls of a run, with the queue's definitions of the README: a short
 * abandon (within 5 s) is left out of the service level; ASA is the mean wait of answered calls.
 */
final class Tally {

  static final double THRESHOLD_SECONDS = 60;
  private static final double SHORT_ABANDON_SECONDS = 5;

  private long offered;
  private long answered;
  private long answeredInTime;
  private long answeredAfterWaiting;
  private long answeredByHomeChamber;
  private double answeredWaits;
  private long abandoned;
  private long shortAbandons;

  void offered() {
    offered++;
  }

  void answered(double wait, boolean byHomeChamber) {
    answered++;
    answeredWaits += wait;
    if (wait <= THRESHOLD_SECONDS) {
      answeredInTime++;
    }
    if (wait > 0) {
      answeredAfterWaiting++;
    }
    if (byHomeChamber) {
      answeredByHomeChamber++;
    }
  }

  void abandoned(double wait) {
    abandoned++;
    if (wait < SHORT_ABANDON_SECONDS) {
      shortAbandons++;
    }
  }

  void add(Tally other) {
    offered += other.offered;
    answered += other.answered;
    answeredInTime += other.answeredInTime;
    answeredAfterWaiting += other.answeredAfterWaiting;
    answeredByHomeChamber += other.answeredByHomeChamber;
    answeredWaits += other.answeredWaits;
    abandoned += other.abandoned;
    shortAbandons += other.shortAbandons;
  }

  long calls() {
    return offered;
  }

  double serviceLevel() {
    return (double) answeredInTime / (offered - shortAbandons);
  }

  double averageSpeedOfAnswer() {
    return answeredWaits / answered;
  }

  /** Callers not given an advisor the moment they joined the line. */
  double probabilityOfWaiting() {
    return (double) (answeredAfterWaiting + abandoned) / offered;
  }

  double abandonment() {
    return (double) abandoned / offered;
  }

  double homeChamberShare() {
    return (double) answeredByHomeChamber / answered;
  }
}
