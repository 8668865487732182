package fr.cci.hotline.cases;

import java.util.Map;

/**
 * A case form (or a reference-data change) that cannot be saved as it is: each field at fault with
 * the key of its French message ({@code messages.properties}), so that the API lists them and the
 * page shows each next to its field.
 */
public class FieldsRefused extends RuntimeException {

  private final transient Map<String, String> errors;

  public FieldsRefused(Map<String, String> errors) {
    super("fields refused: " + errors.keySet(), null, false, false);
    this.errors = Map.copyOf(errors);
  }

  /** Field name → message key. */
  public Map<String, String> errors() {
    return errors;
  }
}
