package fr.cci.hotline.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every {@code /api/**} error: an RFC 9457 problem detail in French, its title
 * from the status ({@code api.problem.<status>}), and for a 400 the field at fault in {@code field}
 * and every field with its own message in {@code errors}. The errors every API shares (unreadable
 * JSON, a wrong type, an unknown value, a refused role, an unexpected fault) are answered in one
 * place ({@code support.web}); a module's own advice answers only its own refusals, with this same
 * shape, between the request's problems and the last resort ({@link #MODULE_ADVICE}).
 */
@Component
public class ApiProblems {

  /**
   * The order of a module's own advice: after the request's problems (unreadable, wrong type),
   * before the last resort (a refused role, an unexpected fault).
   */
  public static final int MODULE_ADVICE = 0;

  /** One field at fault and what is wrong with it, in French. */
  public record FieldMessage(String field, String message) {}

  private final MessageSource messages;
  private final JsonMapper json;

  ApiProblems(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  /** A problem without a field: its detail is already French. */
  public ProblemDetail problem(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(
        messages.getMessage(
            "api.problem." + status.value(),
            null,
            messages.getMessage("api.problem.other", null, LocaleContextHolder.getLocale()),
            LocaleContextHolder.getLocale()));
    return problem;
  }

  /**
   * A 400 naming the fields at fault, sorted and without repeats so that the first field named is
   * the same from one request to the next; the detail is the first field's message.
   */
  public ProblemDetail fields(List<FieldMessage> errors) {
    List<FieldMessage> sorted =
        errors.stream().distinct().sorted(Comparator.comparing(FieldMessage::field)).toList();
    if (sorted.isEmpty()) {
      return problem(HttpStatusCode.valueOf(400), text("api.problem.invalid"));
    }
    ProblemDetail problem = problem(HttpStatusCode.valueOf(400), sorted.get(0).message());
    problem.setProperty("field", sorted.get(0).field());
    problem.setProperty("errors", sorted);
    return problem;
  }

  /** A 400 for one field. */
  public ProblemDetail field(String field, String message) {
    return fields(List.of(new FieldMessage(field, message)));
  }

  /**
   * A module's refusal: a 400 naming its field like {@link #field}, any other status with the field
   * named, if there is one.
   */
  public ProblemDetail refusal(HttpStatusCode status, String field, String detail) {
    if (field == null || field.isEmpty()) {
      return problem(status, detail);
    }
    if (status.value() == 400) {
      return field(field, detail);
    }
    ProblemDetail problem = problem(status, detail);
    problem.setProperty("field", field);
    return problem;
  }

  /** A message of the bundle in the request's language (French). */
  public String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  /**
   * Writes a problem where no controller answers (a servlet filter, a security entry point), in the
   * same shape as the advice's.
   */
  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }

  public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
