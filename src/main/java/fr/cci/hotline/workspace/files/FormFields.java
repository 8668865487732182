package fr.cci.hotline.workspace.files;

import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseDetails;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The case form's fields as the page posts them (and as a draft keeps them, form-encoded): what was
 * typed is given back as typed, mistakes included, until it is saved.
 */
record FormFields(
    String companyName,
    String siren,
    String sizeBand,
    String topic,
    String notes,
    List<String> partners,
    String outcome,
    String followUpDate) {

  static final List<String> NAMES =
      List.of(
          "companyName",
          "siren",
          "sizeBand",
          "topic",
          "notes",
          "partners",
          "outcome",
          "followUpDate");

  static FormFields of(MultiValueMap<String, String> form) {
    return new FormFields(
        form.getFirst("companyName"),
        form.getFirst("siren"),
        form.getFirst("sizeBand"),
        form.getFirst("topic"),
        form.getFirst("notes"),
        form.getOrDefault("partners", List.of()),
        form.getFirst("outcome"),
        form.getFirst("followUpDate"));
  }

  /** The form as the case holds it, for a first opening. */
  static FormFields of(CaseDetails details) {
    return new FormFields(
        details.companyName(),
        details.siren(),
        details.sizeBand(),
        details.topic(),
        details.notes(),
        details.partners(),
        details.outcome(),
        details.followUpDate() == null ? null : details.followUpDate().toString());
  }

  /** A draft as {@link #encoded()} wrote it. */
  static FormFields ofDraft(String draft) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (String pair : draft.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = urlDecoded(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : urlDecoded(pair.substring(equals + 1));
      if (NAMES.contains(name)) {
        form.add(name, value);
      }
    }
    return of(form);
  }

  /** Only the form's own fields: the CSRF token never goes into a draft. */
  String encoded() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("companyName", single(companyName));
    fields.put("siren", single(siren));
    fields.put("sizeBand", single(sizeBand));
    fields.put("topic", single(topic));
    fields.put("notes", single(notes));
    fields.put("partners", partners);
    fields.put("outcome", single(outcome));
    fields.put("followUpDate", single(followUpDate));
    return fields.entrySet().stream()
        .flatMap(
            field ->
                field.getValue().stream()
                    .map(value -> encode(field.getKey()) + "=" + encode(value)))
        .collect(Collectors.joining("&"));
  }

  /**
   * The completion to save.
   *
   * @param errors receives {@code followUpDate → message key} when the date cannot be read
   */
  CaseCompletion completion(Map<String, String> errors) {
    LocalDate date = null;
    if (followUpDate != null && !followUpDate.isBlank()) {
      try {
        date = LocalDate.parse(followUpDate.strip());
      } catch (DateTimeParseException unreadable) {
        errors.put("followUpDate", "cases.invalid.date");
      }
    }
    return new CaseCompletion(
        companyName, siren, sizeBand, topic, notes, new ArrayList<>(partners), outcome, date);
  }

  private static List<String> single(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String urlDecoded(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
