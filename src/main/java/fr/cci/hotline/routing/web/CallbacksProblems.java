package fr.cci.hotline.routing.web;

import fr.cci.hotline.routing.callback.CallbackRefused;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The call-backs API's errors as RFC 9457 problem details, in French: the field at fault in {@code
 * field}, every invalid field with its message in {@code errors}.
 */
@RestControllerAdvice(assignableTypes = CallbacksApi.class)
class CallbacksProblems {

  private final CallbackLabels labels;

  CallbacksProblems(CallbackLabels labels) {
    this.labels = labels;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
    List<Map<String, String>> errors =
        invalid.getBindingResult().getFieldErrors().stream()
            .map(
                error ->
                    Map.of(
                        "field",
                        error.getField(),
                        "message",
                        error.getDefaultMessage() == null
                            ? error.getField()
                            : error.getDefaultMessage()))
            .distinct()
            .sorted(Comparator.comparing((Map<String, String> error) -> error.get("field")))
            .toList();
    Map<String, String> first =
        errors.isEmpty()
            ? Map.of("field", "", "message", labels.text("callbacks.problem.invalid"))
            : errors.get(0);
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, first.get("field"), first.get("message"));
    problem.setProperty("errors", errors);
    return respond(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
    return respond(
        problem(HttpStatus.BAD_REQUEST, null, labels.text("callbacks.problem.unreadable")));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(CallbackRefused refused) {
    ProblemDetail problem = problem(refused.status(), refused.field(), labels.refusal(refused));
    if (refused.field() != null) {
      problem.setProperty(
          "errors", List.of(Map.of("field", refused.field(), "message", problem.getDetail())));
    }
    return respond(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(AccessDeniedException denied) {
    return respond(problem(HttpStatus.FORBIDDEN, null, labels.text("callbacks.error.forbidden")));
  }

  private ProblemDetail problem(HttpStatus status, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(labels.text("callbacks.problem." + status.value()));
    if (field != null && !field.isEmpty()) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
