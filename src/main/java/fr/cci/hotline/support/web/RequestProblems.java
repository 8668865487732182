package fr.cci.hotline.support.web;

import fr.cci.hotline.support.ApiProblems;
import fr.cci.hotline.support.ApiProblems.FieldMessage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a request as it was sent, whichever API it was sent to: unreadable JSON, a
 * value of the wrong type or unknown, a missing parameter, a constraint broken. It runs before a
 * module's own advice ({@link ApiProblems#MODULE_ADVICE}), whose broad handlers (an {@code
 * IllegalArgumentException}…) would otherwise catch the parsing failure inside these.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblems {

  private final ApiProblems problems;

  RequestProblems(ApiProblems problems) {
    this.problems = problems;
  }

  /** Malformed JSON, a value of the wrong type, an unknown enum value, no body at all. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
    JacksonException json = cause(unreadable, JacksonException.class);
    String field = json == null ? "" : path(json);
    if (json == null || field.isEmpty()) {
      String key = json == null ? "api.problem.no-body" : "api.problem.unreadable";
      return ApiProblems.respond(problems.problem(HttpStatus.BAD_REQUEST, problems.text(key)));
    }
    Class<?> expected =
        json instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    return ApiProblems.respond(problems.field(field, wrongValue(field, expected)));
  }

  /** A query or path parameter that is not of its type (a number, a date, one of a list). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch) {
    return ApiProblems.respond(
        problems.field(
            mismatch.getName(), wrongValue(mismatch.getName(), mismatch.getRequiredType())));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException missing) {
    return ApiProblems.respond(
        problems.field(
            missing.getParameterName(),
            problems.text("api.problem.missing", missing.getParameterName())));
  }

  /** Bean validation of a body: each constraint's own French message, per field. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
    List<FieldMessage> errors =
        invalid.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldMessage(field(error), message(error)))
            .toList();
    return ApiProblems.respond(problems.fields(errors));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException unsupported) {
    return ApiProblems.respond(
        problems.problem(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, problems.text("api.problem.media-type")));
  }

  /** The client went away in the middle of an answer: nobody is left to read a problem. */
  @ExceptionHandler
  void gone(AsyncRequestNotUsableException gone) {}

  private String wrongValue(String field, Class<?> expected) {
    if (expected != null && expected.isEnum()) {
      String accepted =
          Arrays.stream(expected.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return problems.text("api.problem.unknown-value", field, accepted);
    }
    String kind = expected == null ? "other" : kind(expected);
    return problems.text("api.problem.wrong-type." + kind, field);
  }

  /** How the expected type is named to the client. */
  private static String kind(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "date";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "list";
    }
    if (type == String.class) {
      return "text";
    }
    return "other";
  }

  /** {@code company.siren}, {@code departments} (the list, not its element). */
  private static String path(JacksonException json) {
    return json.getPath().stream()
        .map(JacksonException.Reference::getPropertyName)
        .filter(name -> name != null)
        .collect(Collectors.joining("."));
  }

  /** {@code departments[1]} → {@code departments}: the field, not the element. */
  private static String field(FieldError error) {
    String field = error.getField();
    int index = field.indexOf('[');
    return index < 0 ? field : field.substring(0, index);
  }

  private String message(FieldError error) {
    if (error.isBindingFailure() || error.getDefaultMessage() == null) {
      return problems.text("api.problem.wrong-type.other", field(error));
    }
    return error.getDefaultMessage();
  }

  private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
