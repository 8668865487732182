package fr.cci.hotline.advisors.web;

import fr.cci.hotline.advisors.admin.AdvisorsApi;
import fr.cci.hotline.advisors.admin.ChambersApi;
import fr.cci.hotline.advisors.directory.RequestRefused;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * The advisors' API errors as RFC 9457 problem details, in French, naming the field at fault in
 * {@code field} and listing every invalid field in {@code errors}.
 */
@RestControllerAdvice(assignableTypes = {AdvisorsApi.class, ChambersApi.class, PresenceApi.class})
class AdvisorsProblems {

  private final MessageSource messages;

  AdvisorsProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
    // Sorted and without repeats (a blank phone breaks two constraints with one message), so the
    // first field named is the same from one request to the next.
    List<Map<String, String>> errors =
        invalid.getBindingResult().getFieldErrors().stream()
            .map(error -> Map.of("field", field(error), "message", message(error)))
            .distinct()
            .sorted(Comparator.comparing((Map<String, String> error) -> error.get("field")))
            .toList();
    Map<String, String> first =
        errors.isEmpty()
            ? Map.of("field", "", "message", text("advisors.problem.invalid"))
            : errors.get(0);
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, first.get("field"), first.get("message"));
    problem.setProperty("errors", errors);
    return respond(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
    String field = unreadableField(unreadable);
    if (field == null) {
      return respond(problem(HttpStatus.BAD_REQUEST, null, text("advisors.problem.unreadable")));
    }
    String detail =
        messages.getMessage(
            "advisors.problem.unreadable.field",
            new Object[] {field},
            LocaleContextHolder.getLocale());
    return respond(problem(HttpStatus.BAD_REQUEST, field, detail));
  }

  /** The JSON property whose value could not be read (an unknown action, say), if known. */
  private static String unreadableField(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException json) {
        String field = null;
        for (JacksonException.Reference reference : json.getPath()) {
          if (reference.getPropertyName() != null) {
            field = reference.getPropertyName();
          }
        }
        return field;
      }
    }
    return null;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(RequestRefused refused) {
    String detail =
        messages.getMessage(
            refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
    return respond(problem(refused.status(), refused.field(), detail));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(AccessDeniedException denied) {
    return respond(problem(HttpStatus.FORBIDDEN, null, text("advisors.error.forbidden")));
  }

  /** Two administrators creating the same advisor at the same moment. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> clash(DataIntegrityViolationException clash) {
    return respond(problem(HttpStatus.CONFLICT, null, text("advisors.conflict.concurrent")));
  }

  private ProblemDetail problem(HttpStatus status, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(text("advisors.problem." + status.value()));
    if (field != null && !field.isEmpty()) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /** {@code departments[1]} → {@code departments}: the field, not the element. */
  private static String field(FieldError error) {
    String field = error.getField();
    int index = field.indexOf('[');
    return index < 0 ? field : field.substring(0, index);
  }

  private static String message(FieldError error) {
    return error.getDefaultMessage() == null ? error.getField() : error.getDefaultMessage();
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
