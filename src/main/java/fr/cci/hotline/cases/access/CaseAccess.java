package fr.cci.hotline.cases.access;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.Viewer;
import java.util.Objects;

/**
 * Who may read and change a case, as one policy: supervisors read everything, administrators read
 * and change everything, an advisor reads and changes the cases of their chamber and those that
 * were theirs (assigned to them, or that rang their phone).
 */
final class CaseAccess {

  private CaseAccess() {}

  static boolean mayRead(Viewer viewer, CaseDetails details) {
    return viewer.readsEverything() || ownOrChamber(viewer, details);
  }

  static boolean mayEdit(Viewer viewer, CaseDetails details) {
    return viewer.is(Role.ADMIN) || ownOrChamber(viewer, details);
  }

  private static boolean ownOrChamber(Viewer viewer, CaseDetails details) {
    if (!viewer.is(Role.ADVISOR) || viewer.advisorId() == null) {
      return false;
    }
    return Objects.equals(details.chamber(), viewer.chamber())
        || viewer.advisorId().equals(details.advisorId())
        || details.offers().stream()
            .anyMatch(offer -> viewer.advisorId().equals(offer.advisorId()));
  }
}
