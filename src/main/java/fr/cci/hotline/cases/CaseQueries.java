package fr.cci.hotline.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads a case search from request parameters, the same for the API and the « Dossiers » page:
 * {@code status, department, chamber, advisor, from, to, siren, words, page, size, sort}.
 */
public final class CaseQueries {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** What a list may be sorted by ({@code sort=arrivedAt,desc}). */
  public static final Set<String> SORTABLE =
      Set.of(
          "arrivedAt",
          "caseNumber",
          "status",
          "department",
          "chamber",
          "advisorId",
          "followUpDate");

  private CaseQueries() {}

  /**
   * The filter and the page asked for.
   *
   * @throws FieldsRefused naming each parameter at fault
   */
  public static Query read(Map<String, String> parameters) {
    Map<String, String> errors = new LinkedHashMap<>();
    CaseStatus status = null;
    String statusName = blankToNull(parameters.get("status"));
    if (statusName != null) {
      try {
        status = CaseStatus.valueOf(statusName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        errors.put("status", "cases.invalid.status");
      }
    }
    LocalDate from = date(parameters, "from", errors);
    LocalDate to = date(parameters, "to", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("to", "cases.invalid.to-before-from");
    }
    String siren = blankToNull(parameters.get("siren"));
    if (siren != null && !siren.replaceAll("\\s", "").matches("[0-9]{9}")) {
      errors.put("siren", "cases.invalid.siren-search");
    }
    int page = number(parameters, "page", 0, Integer.MAX_VALUE, 0, errors);
    int size = number(parameters, "size", 1, MAX_SIZE, DEFAULT_SIZE, errors);
    Sort sort = sort(parameters.get("sort"), errors);
    if (!errors.isEmpty()) {
      throw new FieldsRefused(errors);
    }
    CaseFilter filter =
        new CaseFilter(
            status,
            parameters.get("department"),
            parameters.get("chamber"),
            parameters.get("advisor"),
            from,
            to,
            siren,
            parameters.get("words"));
    return new Query(filter, PageRequest.of(page, size, sort));
  }

  /** A filter and a page of results. */
  public record Query(CaseFilter filter, Pageable page) {}

  private static LocalDate date(
      Map<String, String> parameters, String name, Map<String, String> errors) {
    String value = blankToNull(parameters.get(name));
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException invalid) {
      errors.put(name, "cases.invalid.date");
      return null;
    }
  }

  private static int number(
      Map<String, String> parameters,
      String name,
      int min,
      int max,
      int otherwise,
      Map<String, String> errors) {
    String value = blankToNull(parameters.get(name));
    if (value == null) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException invalid) {
      // reported below
    }
    errors.put(name, "cases.invalid." + name);
    return otherwise;
  }

  private static Sort sort(String value, Map<String, String> errors) {
    Sort newestFirst = Sort.by(Sort.Direction.DESC, "arrivedAt");
    if (blankToNull(value) == null) {
      return newestFirst;
    }
    String[] parts = value.split(",");
    String field = parts[0].strip();
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    if (!SORTABLE.contains(field)
        || parts.length > 2
        || !Set.of("asc", "desc").contains(direction)) {
      errors.put("sort", "cases.invalid.sort");
      return newestFirst;
    }
    return Sort.by(Sort.Direction.fromString(direction), field)
        .and(Sort.by(Sort.Direction.ASC, "caseNumber"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
