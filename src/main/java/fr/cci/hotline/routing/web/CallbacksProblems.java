package fr.cci.hotline.routing.web;

import fr.cci.hotline.routing.callback.CallbackRefused;
import fr.cci.hotline.support.ApiProblems;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The call-backs API's own refusals as problem details, in French: an unknown call-back, one
 * already done or under way, a state that does not exist; what every API shares is answered by
 * {@link ApiProblems}' common advice.
 */
@RestControllerAdvice(assignableTypes = CallbacksApi.class)
@Order(ApiProblems.MODULE_ADVICE)
class CallbacksProblems {

  private final ApiProblems problems;
  private final CallbackLabels labels;

  CallbacksProblems(ApiProblems problems, CallbackLabels labels) {
    this.problems = problems;
    this.labels = labels;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(CallbackRefused refused) {
    return ApiProblems.respond(
        problems.refusal(refused.status(), refused.field(), labels.refusal(refused)));
  }
}
