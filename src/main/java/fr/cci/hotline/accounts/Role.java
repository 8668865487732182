package fr.cci.hotline.accounts;

/** What a user may do. Each role is independent: a supervisor is not automatically an advisor. */
public enum Role {
  /** Takes calls, manages their own presence and completes their cases. */
  ADVISOR,
  /** Watches the wallboard and reports, manages presence of the team. */
  SUPERVISOR,
  /** Manages users, advisors and chambers. */
  ADMIN;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
