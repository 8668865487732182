package fr.cci.hotline.advisors.admin;

import fr.cci.hotline.accounts.Accounts;
import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.advisors.directory.AdvisorDescription;
import fr.cci.hotline.advisors.directory.AdvisorRecord;
import fr.cci.hotline.advisors.directory.AdvisorRecords;
import fr.cci.hotline.advisors.directory.RequestRefused;
import fr.cci.hotline.advisors.pbx.FallbackQueue;
import fr.cci.hotline.advisors.presence.AfterCommit;
import fr.cci.hotline.advisors.presence.PresenceRules;
import fr.cci.hotline.advisors.presence.PresenceTable;
import fr.cci.hotline.advisors.presence.PresenceTransitions;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deactivates advisors, keeping each one's presence row alongside. An advisor
 * is never deleted: their cases keep pointing at them.
 */
@Service
@Transactional
class AdvisorAdministration {

  private final AdvisorRecords records;
  private final PresenceTable presence;
  private final PresenceRules rules;
  private final PresenceTransitions transitions;
  private final FallbackQueue fallbackQueue;
  private final AdvisorsSettings settings;
  private final Accounts accounts;
  private final Clock clock;

  AdvisorAdministration(
      AdvisorRecords records,
      PresenceTable presence,
      PresenceRules rules,
      PresenceTransitions transitions,
      FallbackQueue fallbackQueue,
      AdvisorsSettings settings,
      Accounts accounts,
      Clock clock) {
    this.records = records;
    this.presence = presence;
    this.rules = rules;
    this.transitions = transitions;
    this.fallbackQueue = fallbackQueue;
    this.settings = settings;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<AdvisorRecord> all() {
    return records.findAllWithDepartments();
  }

  @Transactional(readOnly = true)
  AdvisorRecord get(String advisorId) {
    return records
        .findWithDepartments(advisorId)
        .orElseThrow(() -> RequestRefused.unknownAdvisor(advisorId));
  }

  AdvisorRecord create(AdvisorDescription advisor) {
    if (records.existsById(advisor.id())) {
      throw RequestRefused.conflict("id", "advisors.conflict.id", advisor.id());
    }
    checkReferences(advisor, advisor.id());
    return insert(advisor);
  }

  /**
   * Replaces an advisor's description; {@code active} null keeps it as it is. A logged-in advisor
   * whose phone changes is moved in the fallback queue.
   */
  AdvisorRecord update(String advisorId, AdvisorDescription changes, Boolean active) {
    AdvisorRecord advisor = get(advisorId);
    checkReferences(changes, advisorId);
    String oldPhone = advisor.phone();
    advisor.describe(
        changes.name().trim(),
        changes.chamber(),
        changes.phone(),
        changes.departments(),
        changes.username());
    if (Boolean.TRUE.equals(active)) {
      advisor.activate(true);
    }
    records.saveAndFlush(advisor);
    provideAccount(changes.username());
    if (!oldPhone.equals(changes.phone())) {
      AfterCommit.run(() -> fallbackQueue.phoneChanged(advisorId, oldPhone));
    }
    if (Boolean.FALSE.equals(active)) {
      deactivate(advisorId);
    }
    return advisor;
  }

  /** Takes the advisor off the hotline: logged out now, or when their current call ends. */
  AdvisorRecord deactivate(String advisorId) {
    AdvisorRecord advisor = get(advisorId);
    advisor.activate(false);
    records.saveAndFlush(advisor);
    transitions.apply(advisorId, row -> rules.logOut(row, clock.instant()));
    return advisor;
  }

  /** Loads the checked seed; fails as a whole if another instance seeded first. */
  void seed(List<AdvisorDescription> advisors) {
    advisors.forEach(this::insert);
  }

  private AdvisorRecord insert(AdvisorDescription description) {
    AdvisorRecord advisor = new AdvisorRecord(description.id());
    advisor.describe(
        description.name().trim(),
        description.chamber(),
        description.phone(),
        description.departments(),
        description.username());
    records.saveAndFlush(advisor);
    presence.insertOffline(description.id(), clock.instant());
    provideAccount(description.username());
    return advisor;
  }

  /** The advisor's username signs in: an account waits for its first password. */
  private void provideAccount(String username) {
    if (username != null) {
      accounts.provideAdvisorAccount(username);
    }
  }

  private void checkReferences(AdvisorDescription advisor, String advisorId) {
    if (!settings.chambers().containsKey(advisor.chamber())) {
      throw RequestRefused.invalid(
          "chamber",
          "advisors.invalid.chamber.unknown",
          advisor.chamber(),
          String.join(", ", settings.chambers().keySet()));
    }
    for (String department : advisor.departments()) {
      if (!settings.departments().containsKey(department)) {
        throw RequestRefused.invalid(
            "departments",
            "advisors.invalid.departments.unknown",
            department,
            String.join(", ", settings.departments().keySet().stream().sorted().toList()));
      }
    }
    if (records.existsByPhoneAndActiveTrueAndIdNot(advisor.phone(), advisorId)) {
      throw RequestRefused.conflict("phone", "advisors.conflict.phone", advisor.phone());
    }
    if (advisor.username() != null
        && records.existsByUsernameAndIdNot(advisor.username(), advisorId)) {
      throw RequestRefused.conflict("username", "advisors.conflict.username", advisor.username());
    }
  }
}
