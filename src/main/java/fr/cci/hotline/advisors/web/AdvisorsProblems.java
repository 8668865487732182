package fr.cci.hotline.advisors.web;

import fr.cci.hotline.advisors.admin.AdvisorsApi;
import fr.cci.hotline.advisors.admin.ChambersApi;
import fr.cci.hotline.advisors.directory.RequestRefused;
import fr.cci.hotline.support.ApiProblems;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The advisors' own refusals as problem details; what every API shares (unreadable JSON, wrong
 * types, bean validation, a refused role) is answered by {@link ApiProblems}' common advice.
 */
@RestControllerAdvice(assignableTypes = {AdvisorsApi.class, ChambersApi.class, PresenceApi.class})
@Order(ApiProblems.MODULE_ADVICE)
class AdvisorsProblems {

  private final ApiProblems problems;

  AdvisorsProblems(ApiProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(RequestRefused refused) {
    String detail = problems.text(refused.messageKey(), refused.arguments());
    return ApiProblems.respond(problems.refusal(refused.status(), refused.field(), detail));
  }

  /** Two administrators creating the same advisor at the same moment. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> clash(DataIntegrityViolationException clash) {
    return ApiProblems.respond(
        problems.problem(HttpStatus.CONFLICT, problems.text("advisors.conflict.concurrent")));
  }
}
