package fr.cci.hotline.cases.access;

import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseOutcome;
import fr.cci.hotline.cases.FieldsRefused;
import fr.cci.hotline.cases.OrientationPartners;
import fr.cci.hotline.cases.Partner;
import fr.cci.hotline.cases.SizeBand;
import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.ivr.MenuTopics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a case form and puts it in its stored form (a SIREN without its spaces, trimmed texts).
 * Every field at fault is named at once, each with its own message.
 */
@Component
class CaseForm {

  static final int COMPANY_MAX = 200;
  static final int NOTES_MAX = 4000;

  private final MenuTopics topics;
  private final OrientationPartners partners;
  private final IvrSettings hotline;
  private final Clock clock;

  CaseForm(MenuTopics topics, OrientationPartners partners, IvrSettings hotline, Clock clock) {
    this.topics = topics;
    this.partners = partners;
    this.hotline = hotline;
    this.clock = clock;
  }

  /**
   * The form as it will be stored.
   *
   * @throws FieldsRefused naming each field at fault
   */
  CaseCompletion checked(CaseCompletion form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String company = trimmed(form.companyName());
    if (company != null && company.length() > COMPANY_MAX) {
      errors.put("companyName", "cases.invalid.company");
    }
    String siren = form.siren() == null ? null : trimmed(form.siren().replaceAll("[\\s.]", ""));
    if (siren != null && !Siren.valid(siren)) {
      errors.put("siren", "cases.invalid.siren");
    }
    String sizeBand = trimmed(form.sizeBand());
    if (sizeBand != null && !names(SizeBand.values()).contains(sizeBand)) {
      errors.put("sizeBand", "cases.invalid.size-band");
    }
    String topic = trimmed(form.topic());
    if (topic != null && !topics.codes().contains(topic)) {
      errors.put("topic", "cases.invalid.topic");
    }
    String notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
    if (notes != null && notes.length() > NOTES_MAX) {
      errors.put("notes", "cases.invalid.notes");
    }
    Set<String> known = partners.offered().stream().map(Partner::code).collect(Collectors.toSet());
    List<String> chosen = form.partners().stream().map(String::strip).distinct().toList();
    if (!known.containsAll(chosen)) {
      errors.put("partners", "cases.invalid.partners");
    }
    String outcome = trimmed(form.outcome());
    if (outcome == null || !names(CaseOutcome.values()).contains(outcome)) {
      errors.put("outcome", "cases.invalid.outcome");
    } else if (outcome.equals(CaseOutcome.ORIENTATION_GIVEN.name()) && chosen.isEmpty()) {
      errors.put("partners", "cases.invalid.partners.required");
    } else if (outcome.equals(CaseOutcome.FOLLOW_UP_PLANNED.name())
        && form.followUpDate() == null) {
      errors.put("followUpDate", "cases.invalid.follow-up.required");
    }
    LocalDate today = LocalDate.now(clock.withZone(hotline.timeZone()));
    if (form.followUpDate() != null && form.followUpDate().isBefore(today)) {
      errors.put("followUpDate", "cases.invalid.follow-up.past");
    }
    if (!errors.isEmpty()) {
      throw new FieldsRefused(errors);
    }
    return new CaseCompletion(
        company, siren, sizeBand, topic, notes, chosen, outcome, form.followUpDate());
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }
}
