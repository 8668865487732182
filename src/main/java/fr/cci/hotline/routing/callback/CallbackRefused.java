package fr.cci.hotline.routing.callback;

import org.springframework.http.HttpStatus;

/**
 * A person's request on a call-back that cannot be carried out, with the French message to show (a
 * key of {@code messages.properties}) and the field at fault, if any.
 */
public class CallbackRefused extends RuntimeException {

  private final HttpStatus status;
  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  CallbackRefused(HttpStatus status, String field, String messageKey, Object... arguments) {
    super(messageKey, null, false, false);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public static CallbackRefused unknown(String caseNumber) {
    return new CallbackRefused(HttpStatus.NOT_FOUND, null, "callbacks.error.unknown", caseNumber);
  }

  public static CallbackRefused invalid(String field, String messageKey, Object... arguments) {
    return new CallbackRefused(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
  }

  static CallbackRefused conflict(String messageKey, Object... arguments) {
    return new CallbackRefused(HttpStatus.CONFLICT, null, messageKey, arguments);
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
