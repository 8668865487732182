package fr.cci.hotline.ivr.menu;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Case numbers such as {@code CP-261127-7K3QF2M}: the day, then seven random Crockford base-32
 * characters. Made without the database, so that a caller gets a case number even while the store
 * is down and whichever instance answers. With 34 billion numbers a day, two calls of the same day
 * share one with a chance of about one in 10^11 at 200 calls a day (1.5 in 10^5 for a thousand
 * calls in a day).
 */
@Component
class CaseNumbers {

  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CaseNumbers(Clock clock) {
    this.clock = clock;
  }

  String next() {
    StringBuilder number =
        new StringBuilder("CP-").append(DAY.format(clock.instant().atZone(PARIS))).append('-');
    for (int i = 0; i < 7; i++) {
      number.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
    }
    return number.toString();
  }
}
