package fr.cci.hotline.cases.web;

import fr.cci.hotline.cases.FieldsRefused;
import fr.cci.hotline.support.ApiProblems;
import fr.cci.hotline.support.ApiProblems.FieldMessage;
import java.util.NoSuchElementException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The cases' own refusals as problem details in French: the form's checks field by field, a case
 * one may not see, an unknown case, a call not over; what every API shares is answered by {@link
 * ApiProblems}' common advice. Nothing of the exception reaches the client.
 */
@RestControllerAdvice(assignableTypes = {CasesApi.class, PartnersApi.class, CallerDataApi.class})
@Order(ApiProblems.MODULE_ADVICE)
class CasesProblems {

  private final ApiProblems problems;

  CasesProblems(ApiProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(FieldsRefused refused) {
    return ApiProblems.respond(
        problems.fields(
            refused.errors().entrySet().stream()
                .map(error -> new FieldMessage(error.getKey(), problems.text(error.getValue())))
                .toList()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(IllegalArgumentException invalid) {
    return respond(HttpStatus.BAD_REQUEST, "cases.problem.invalid-number");
  }

  /** Cases say why more precisely than "your role": the case may belong to another chamber. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(AccessDeniedException denied) {
    return respond(HttpStatus.FORBIDDEN, "cases.problem.forbidden");
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> missing(NoSuchElementException missing) {
    return respond(HttpStatus.NOT_FOUND, "cases.problem.not-found");
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notOver(IllegalStateException notOver) {
    return respond(HttpStatus.CONFLICT, "cases.problem.call-not-over");
  }

  private ResponseEntity<ProblemDetail> respond(HttpStatus status, String key) {
    return ApiProblems.respond(problems.problem(status, problems.text(key)));
  }
}
