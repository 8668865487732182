package fr.cci.hotline.advisors;

import java.util.List;
import java.util.Optional;

/** The advisors as reference data. */
public interface AdvisorDirectory {

  /** Active advisors. */
  List<Advisor> active();

  Optional<Advisor> find(String advisorId);

  /**
   * The advisor whose phone is this device or dial string ({@code PJSIP/adv101}, {@code adv101}).
   */
  Optional<Advisor> findByPhone(String deviceOrDialString);

  /** The active advisor a user account signs in as. */
  Optional<Advisor> findByUsername(String username);
}
