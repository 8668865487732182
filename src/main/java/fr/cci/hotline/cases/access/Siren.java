package fr.cci.hotline.cases.access;

/**
 * A SIREN, the 9-digit number of a French company: its last digit is a Luhn key (INSEE), so that a
 * digit typed wrong or two digits swapped are caught.
 */
final class Siren {

  private Siren() {}

  static boolean valid(String siren) {
    if (siren == null || !siren.matches("[0-9]{9}")) {
      return false;
    }
    int sum = 0;
    for (int index = 0; index < 9; index++) {
      int digit = siren.charAt(8 - index) - '0';
      if (index % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
