package fr.cci.hotline.advisors.internal;

import org.springframework.http.HttpStatus;

/**
 * A request to the advisors' API or pages that cannot be carried out, with the French message to
 * show (a key of {@code messages.properties}) and the field at fault, if any.
 */
class RequestRefused extends RuntimeException {

  private final HttpStatus status;
  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  RequestRefused(HttpStatus status, String field, String messageKey, Object... arguments) {
    super(messageKey, null, false, false);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  static RequestRefused unknownAdvisor(String advisorId) {
    return new RequestRefused(HttpStatus.NOT_FOUND, null, "advisors.error.unknown", advisorId);
  }

  static RequestRefused invalid(String field, String messageKey, Object... arguments) {
    return new RequestRefused(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
  }

  static RequestRefused conflict(String field, String messageKey, Object... arguments) {
    return new RequestRefused(HttpStatus.CONFLICT, field, messageKey, arguments);
  }

  HttpStatus status() {
    return status;
  }

  String field() {
    return field;
  }

  String messageKey() {
    return messageKey;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
