package fr.cci.hotline.cases.web;

import fr.cci.hotline.cases.FieldsRefused;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The cases' API errors as problem details in French: a 400 lists every field at fault with its own
 * message in {@code errors}; nothing of the exception reaches the client.
 */
@RestControllerAdvice(assignableTypes = {CasesApi.class, PartnersApi.class, CallerDataApi.class})
class CasesProblems {

  /** One field at fault and its message. */
  record FieldError(String field, String message) {}

  private final MessageSource messages;

  CasesProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(FieldsRefused refused) {
    List<FieldError> errors =
        refused.errors().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(error -> new FieldError(error.getKey(), text(error.getValue())))
            .toList();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, errors.get(0).message());
    problem.setProperty("field", errors.get(0).field());
    problem.setProperty("errors", errors);
    return respond(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
    return respond(problem(HttpStatus.BAD_REQUEST, text("cases.problem.unreadable")));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(IllegalArgumentException invalid) {
    return respond(problem(HttpStatus.BAD_REQUEST, text("cases.problem.invalid-number")));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(AccessDeniedException denied) {
    return respond(problem(HttpStatus.FORBIDDEN, text("cases.problem.forbidden")));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> missing(NoSuchElementException missing) {
    return respond(problem(HttpStatus.NOT_FOUND, text("cases.problem.not-found")));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> notOver(IllegalStateException notOver) {
    return respond(problem(HttpStatus.CONFLICT, text("cases.problem.call-not-over")));
  }

  private ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(text("cases.problem." + status.value()));
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
