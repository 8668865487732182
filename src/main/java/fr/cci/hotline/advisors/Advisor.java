package fr.cci.hotline.advisors;

import java.util.Set;

/**
 * An advisor and how to reach them.
 *
 * @param id a stable code, e.g. {@code adv101}
 * @param chamber the code of their chamber (a key of {@code hotline.advisors.chambers})
 * @param phone the dial string: {@code PJSIP/adv101} for a desk phone, {@code
 *     PJSIP/0612345678@operator} for a mobile reached through the trunk
 * @param departments the départements they serve
 */
public record Advisor(
    String id, String name, String chamber, String phone, Set<String> departments, boolean active) {

  public Advisor {
    departments = Set.copyOf(departments);
  }

  /** Whether the phone is a number outside the PBX, whose state Asterisk cannot watch. */
  public boolean external() {
    return phone.contains("@");
  }
}
