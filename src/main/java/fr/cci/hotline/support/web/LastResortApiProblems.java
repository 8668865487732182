package fr.cci.hotline.support.web;

import fr.cci.hotline.support.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What a module's own advice left: a refused role, Spring's other refusals with their status, and
 * faults of ours, logged with their cause for us and a French sentence for the client. It runs
 * after every module's advice ({@link ApiProblems#MODULE_ADVICE}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class LastResortApiProblems {

  private static final Logger log = LoggerFactory.getLogger(LastResortApiProblems.class);

  private final ApiProblems problems;

  LastResortApiProblems(ApiProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> denied(AccessDeniedException denied) {
    return ApiProblems.respond(
        problems.problem(HttpStatus.FORBIDDEN, problems.text("api.problem.forbidden")));
  }

  /**
   * Spring's other refusals (an unsupported method, a missing path variable…) keep their status;
   * anything else is a fault of ours: logged with its cause for us, a French sentence for the
   * client.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> failed(Exception failure) {
    if (failure instanceof ErrorResponse refused) {
      return ApiProblems.respond(
          problems.problem(
              refused.getStatusCode(), problems.text("api.problem.status." + family(refused))));
    }
    log.error("API request failed", failure);
    return ApiProblems.respond(
        problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, problems.text("api.problem.failed")));
  }

  private static String family(ErrorResponse refused) {
    int status = refused.getStatusCode().value();
    return switch (status) {
      case 404, 405, 406, 413, 415 -> Integer.toString(status);
      default -> status >= 500 ? "5xx" : "4xx";
    };
  }
}
