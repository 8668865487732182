package fr.cci.hotline.advisors.directory;

import org.springframework.http.HttpStatus;

/**
 * A request to the advisors' API or pages that cannot be carried out, with the French message to
 * show (a key of {@code messages.properties}) and the field at fault, if any.
 */
public class RequestRefused extends RuntimeException {

  private final HttpStatus status;
  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public RequestRefused(HttpStatus status, String field, String messageKey, Object... arguments) {
    super(messageKey, null, false, false);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public static RequestRefused unknownAdvisor(String advisorId) {
    return new RequestRefused(HttpStatus.NOT_FOUND, null, "advisors.error.unknown", advisorId);
  }

  public static RequestRefused invalid(String field, String messageKey, Object... arguments) {
    return new RequestRefused(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
  }

  public static RequestRefused conflict(String field, String messageKey, Object... arguments) {
    return new RequestRefused(HttpStatus.CONFLICT, field, messageKey, arguments);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
