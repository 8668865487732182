package fr.cci.hotline.supervision.wallboard;

import java.util.List;

/**
 * The wallboard at one instant, ready to show: French labels, formatted figures. Elapsed times
 * carry their seconds too, from which the page's script keeps them ticking between two pushes.
 */
record Board(
    String updatedAt,
    Waiting waiting,
    List<WaitingRow> waitingByDepartment,
    List<AdvisorRow> advisors,
    List<StateCount> states,
    List<FigureRow> byDepartment,
    List<FigureRow> byChamber,
    FigureRow total,
    StaffingView staffing,
    long callbacksPending,
    int fallbackToday) {

  /** Everyone waiting: how many, and the longest wait with its warning. */
  record Waiting(int count, String longest, long longestSeconds, long warnAfterSeconds) {

    public boolean warning() {
      return count > 0 && longestSeconds >= warnAfterSeconds;
    }
  }

  record WaitingRow(String department, String label, int count, String longest, long seconds) {}

  /** One advisor: {@code state} is the CSS name of the presence state. */
  record AdvisorRow(
      String id,
      String name,
      String chamber,
      String state,
      String label,
      String since,
      long seconds) {}

  record StateCount(String state, String label, long count) {}

  /** Today's figures of a département, a chamber or all calls. */
  record FigureRow(
      String key,
      String label,
      int offered,
      int answered,
      int abandoned,
      int callbacks,
      String serviceLevel,
      String averageSpeedOfAnswer,
      String abandonmentRate,
      boolean belowTarget) {}

  /** The staffing estimate beside the advisors taking calls. */
  record StaffingView(
      String callsPerHour,
      String handlingTime,
      String basis,
      String needed,
      long present,
      boolean understaffed,
      String predictedServiceLevel,
      String predictedAverageSpeedOfAnswer) {}
}
