package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CaseFilter;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * A case search as a JPA criteria query: each criterion of the filter narrows it, and an advisor's
 * scope keeps only their own cases and their chamber's.
 */
final class CaseSearch {

  private CaseSearch() {}

  /**
   * @param scopeAdvisor with {@code scopeChamber}: only cases of that chamber or that advisor; both
   *     null: every case
   * @param zone the time zone of the filter's days
   */
  static Specification<CaseRecord> of(
      CaseFilter filter, String scopeAdvisor, String scopeChamber, ZoneId zone) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (scopeAdvisor != null || scopeChamber != null) {
        where.add(
            cb.or(
                equal(cb, root.get("chamber"), scopeChamber),
                equal(cb, root.get("advisorId"), scopeAdvisor)));
      }
      if (filter.status() != null) {
        where.add(cb.equal(root.get("status"), filter.status()));
      }
      addEqual(where, cb, root, "department", filter.department());
      addEqual(where, cb, root, "chamber", filter.chamber());
      addEqual(where, cb, root, "advisorId", filter.advisorId());
      addEqual(where, cb, root, "siren", filter.siren());
      if (filter.from() != null) {
        where.add(
            cb.greaterThanOrEqualTo(
                root.get("arrivedAt"), filter.from().atStartOfDay(zone).toInstant()));
      }
      if (filter.to() != null) {
        where.add(
            cb.lessThan(
                root.get("arrivedAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
      }
      if (filter.words() != null) {
        words(filter.words()).forEach(word -> where.add(contains(cb, root, word)));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static List<String> words(String words) {
    return List.of(words.toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /** The word in the company name or the notes; LIKE's wildcards in it are taken literally. */
  private static Predicate contains(CriteriaBuilder cb, Root<CaseRecord> root, String word) {
    String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return cb.or(
        cb.like(cb.lower(cb.coalesce(root.get("companyName"), "")), pattern, '\\'),
        cb.like(cb.lower(cb.coalesce(root.get("notes"), "")), pattern, '\\'));
  }

  private static void addEqual(
      List<Predicate> where,
      CriteriaBuilder cb,
      Root<CaseRecord> root,
      String field,
      String value) {
    if (value != null) {
      where.add(cb.equal(root.get(field), value));
    }
  }

  private static Predicate equal(CriteriaBuilder cb, Expression<String> field, String value) {
    return value == null ? cb.disjunction() : cb.equal(field, value);
  }
}
