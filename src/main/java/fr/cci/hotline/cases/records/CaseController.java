package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case as JSON, for supervisors and administrators. The caller number is in it: when advisors get
 * access to their own cases, it must be left out for them.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final CaseRecords records;
  private final MessageSource messages;

  CaseController(CaseRecords records, MessageSource messages) {
    this.records = records;
    this.messages = messages;
  }

  @GetMapping("/{caseNumber}")
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
  CaseDetails find(@PathVariable String caseNumber) {
    return records.find(caseNumber).orElseThrow(() -> new NoSuchCase(caseNumber));
  }

  @ExceptionHandler
  ProblemDetail notFound(NoSuchCase missing, Locale locale) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.NOT_FOUND,
        messages.getMessage("cases.not-found", new Object[] {missing.caseNumber}, locale));
  }

  /** Stays in this controller: the answer is a 404 with a French detail. */
  static final class NoSuchCase extends RuntimeException {

    private final String caseNumber;

    NoSuchCase(String caseNumber) {
      super("no case " + caseNumber, null, false, false);
      this.caseNumber = caseNumber;
    }
  }
}
