package fr.cci.hotline.testing;

import static org.awaitility.Awaitility.await;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.Call;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import java.time.Duration;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Advisors who sign in, and cases as the menu and routing would have made them, for the tests of
 * the workspace and of the access rules. Accounts go through {@link TestAccounts}; cases through
 * the events the case journal listens to, so that they are written as in production.
 */
public final class WorkspaceFixtures {

  public static final String PASSWORD = "workspace-password";

  private final TestAccounts accounts;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final CaseRecords records;

  public WorkspaceFixtures(
      DataSource dataSource,
      PasswordEncoder passwords,
      ApplicationEventPublisher events,
      CaseRecords records) {
    this.accounts = new TestAccounts(dataSource, passwords);
    this.jdbc = new JdbcTemplate(dataSource);
    this.events = events;
    this.records = records;
  }

  /** An ADVISOR account linked to the advisor (of the test team); returns its username. */
  public String signsInAs(String advisorId) {
    String username = advisorId + ".poste";
    accounts.create(username, PASSWORD, Role.ADVISOR);
    jdbc.update("update advisor set username = ? where id = ?", username, advisorId);
    return username;
  }

  /** A user with this role and {@link #PASSWORD}, linked to no advisor. */
  public String user(String username, Role role) {
    accounts.create(username, PASSWORD, role);
    return username;
  }

  /**
   * A call from {@code department} that {@code advisorId} of {@code chamber} answered and ended:
   * its case is IN_PROGRESS, the form to fill.
   */
  public Call answeredCall(String department, String advisorId, String chamber) {
    Call call = Call.arriving(Duration.ofMinutes(20));
    publish(
        call.arrived(),
        call.topic("tresorerie", 8),
        call.located(department, department + "000", 15),
        call.offeredTo(advisorId, chamber, 30),
        call.answeredBy(advisorId, chamber, 10, 35),
        call.completed(advisorId, 300, 335));
    caseOf(call, found -> found.status() == CaseStatus.IN_PROGRESS && found.offers().size() == 1);
    return call;
  }

  public void publish(Object... happenings) {
    for (Object happening : happenings) {
      events.publishEvent(happening);
    }
  }

  /** The case once the journal has written what {@code until} waits for. */
  public CaseDetails caseOf(Call call, Predicate<CaseDetails> until) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> records.find(call.caseNumber()).orElse(null),
            found -> found != null && until.test(found));
  }
}
