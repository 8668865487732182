package fr.cci.hotline.accounts;

/** User accounts as other modules need them. */
public interface Accounts {

  /**
   * Makes sure an advisor can be given an account under {@code username}: creates an ADVISOR
   * account without a usable password (disabled until an administrator sets a first password, which
   * the advisor must change at their first sign-in), unless the username exists already.
   *
   * @return whether an account was created
   */
  boolean provideAdvisorAccount(String username);
}
