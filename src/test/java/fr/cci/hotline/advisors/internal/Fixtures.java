package fr.cci.hotline.advisors.internal;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.accounts.internal.UserAccount;
import fr.cci.hotline.accounts.internal.UserAccounts;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data with intention-revealing names. Each advisor gets a fresh id and phone, so tests
 * sharing one application never see each other's advisors.
 */
@TestComponent
class Fixtures {

  static final String PASSWORD = "secret-password";

  private static final AtomicInteger sequence = new AtomicInteger(1000);

  private final AdvisorAdministration administration;
  private final UserAccounts accounts;
  private final PasswordEncoder passwords;

  Fixtures(AdvisorAdministration administration, UserAccounts accounts, PasswordEncoder passwords) {
    this.administration = administration;
    this.accounts = accounts;
    this.passwords = passwords;
  }

  static String uniqueId() {
    return "t" + sequence.incrementAndGet();
  }

  /** An active advisor of CCI Caen Normandie on a desk phone {@code PJSIP/<id>}, offline. */
  String deskAdvisor() {
    String id = uniqueId();
    return create(id, "PJSIP/" + id, null);
  }

  /** An advisor on a mobile reached through the trunk: {@code PJSIP/06…@operator}. */
  String mobileAdvisor() {
    String id = uniqueId();
    return create(id, "PJSIP/06" + id.substring(1) + "0000@operator", null);
  }

  /** A desk-phone advisor signed in by {@code username}. */
  String deskAdvisorSignedInAs(String username) {
    String id = uniqueId();
    return create(id, "PJSIP/" + id, username);
  }

  void changePhone(String advisorId, String phone) {
    AdvisorRecord advisor = administration.get(advisorId);
    administration.update(
        advisorId,
        new AdvisorDescription(
            advisorId,
            advisor.name(),
            advisor.chamber(),
            phone,
            List.copyOf(advisor.departments()),
            advisor.username()),
        null);
  }

  String phoneOf(String advisorId) {
    return administration.get(advisorId).phone();
  }

  /** A user account with this role and {@link #PASSWORD}; returns the username. */
  String user(Role role) {
    String username = "user-" + uniqueId();
    accounts.saveAndFlush(
        new UserAccount(username, passwords.encode(PASSWORD), role, Instant.now()));
    return username;
  }

  private String create(String id, String phone, String username) {
    administration.create(
        new AdvisorDescription(id, "Conseiller " + id, "caen", phone, List.of("14"), username));
    return id;
  }
}
