package fr.cci.hotline.routing.policy;

/** How far from the caller's own chamber an advisor is. Lower is closer. */
enum Tier {
  /** An advisor of the caller's own chamber. */
  HOME_CHAMBER,
  /** Another chamber serving the caller's département, or an advisor serving it. */
  DEPARTMENT,
  /** Anyone in Normandy. */
  REGION;

  /** How far {@code candidate} is from {@code call}. */
  public static Tier of(Candidate candidate, WaitingCall call) {
    if (call.homeChamber() == null || call.homeChamber().equals(candidate.chamber())) {
      return HOME_CHAMBER;
    }
    if (call.departmentChambers().contains(candidate.chamber())
        || candidate.departments().contains(call.department())) {
      return DEPARTMENT;
    }
    return REGION;
  }
}
