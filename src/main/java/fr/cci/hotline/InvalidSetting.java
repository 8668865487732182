package fr.cci.hotline;

/**
 * A configuration value that binds but makes no sense (a département without a chamber, an
 * unparseable schedule). Thrown while settings are bound, it stops start-up with one line naming
 * the key and the value.
 */
public class InvalidSetting extends IllegalArgumentException {

  private final String key;
  private final String value;

  public InvalidSetting(String key, Object value, String reason) {
    super(key + " = " + value + ": " + reason);
    this.key = key;
    this.value = String.valueOf(value);
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }
}
