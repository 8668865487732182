package fr.cci.hotline.ivr.internal;

/** What a presented caller number allows. */
final class CallerNumbers {

  private CallerNumbers() {}

  /** A withheld or unknown number cannot be called back. */
  static boolean canBeCalledBack(String number) {
    return number != null
        && number.replaceAll("[^0-9]", "").length() >= 6
        && !number.equalsIgnoreCase("anonymous");
  }
}
