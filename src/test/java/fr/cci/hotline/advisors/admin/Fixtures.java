package fr.cci.hotline.advisors.admin;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.advisors.directory.AdvisorDescription;
import fr.cci.hotline.advisors.directory.AdvisorRecord;
import fr.cci.hotline.testing.TestAccounts;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data with intention-revealing names. Each advisor gets a fresh id and phone, so tests
 * sharing one application never see each other's advisors.
 */
@TestComponent
public class Fixtures {

  public static final String PASSWORD = "secret-password";

  private static final AtomicInteger sequence = new AtomicInteger(1000);

  private final AdvisorAdministration administration;
  private final TestAccounts accounts;

  Fixtures(AdvisorAdministration administration, DataSource dataSource, PasswordEncoder passwords) {
    this.administration = administration;
    this.accounts = new TestAccounts(dataSource, passwords);
  }

  public static String uniqueId() {
    return "t" + sequence.incrementAndGet();
  }

  /** An active advisor of CCI Caen Normandie on a desk phone {@code PJSIP/<id>}, offline. */
  public String deskAdvisor() {
    String id = uniqueId();
    return create(id, "PJSIP/" + id, null);
  }

  /** An advisor on a mobile reached through the trunk: {@code PJSIP/06…@operator}. */
  public String mobileAdvisor() {
    String id = uniqueId();
    return create(id, "PJSIP/06" + id.substring(1) + "0000@operator", null);
  }

  /** A desk-phone advisor signed in by {@code username}. */
  public String deskAdvisorSignedInAs(String username) {
    String id = uniqueId();
    return create(id, "PJSIP/" + id, username);
  }

  public void changePhone(String advisorId, String phone) {
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

  public String phoneOf(String advisorId) {
    return administration.get(advisorId).phone();
  }

  /** A user account with this role and {@link #PASSWORD}; returns the username. */
  public String user(Role role) {
    String username = "user-" + uniqueId();
    accounts.create(username, PASSWORD, role);
    return username;
  }

  /** Loads a seed as the first start would: all of it or, on a clash, none. */
  public void seed(List<AdvisorDescription> advisors) {
    administration.seed(advisors);
  }

  /** Takes the advisor off the hotline, as an administrator does. */
  public void deactivate(String advisorId) {
    administration.deactivate(advisorId);
  }

  private String create(String id, String phone, String username) {
    administration.create(
        new AdvisorDescription(id, "Conseiller " + id, "caen", phone, List.of("14"), username));
    return id;
  }
}
