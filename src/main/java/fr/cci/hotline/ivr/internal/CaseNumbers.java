package fr.cci.hotline.ivr.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Case numbers such as {@code CP-261127-7K3QF}: the day, then five random Crockford base-32
 * characters. Made without the database, so that a caller gets a case number even while the store
 * is down; 33 million numbers a day make a clash at a few hundred calls a day negligible.
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
    for (int i = 0; i < 5; i++) {
      number.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
    }
    return number.toString();
  }
}
