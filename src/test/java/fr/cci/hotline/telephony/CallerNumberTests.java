package fr.cci.hotline.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The caller number: one form, the French numbering plan for call-backs, masked in logs. */
class CallerNumberTests {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0612345678, 0612345678",
    "06 12 34 56 78, 0612345678",
    "06.12.34.56.78, 0612345678",
    "+33612345678, 0612345678",
    "+33 6 12 34 56 78, 0612345678",
    "+33 (0)6 12 34 56 78, 0612345678",
    "0033612345678, 0612345678",
    "33612345678, 0612345678",
    "+33232100900, 0232100900",
    "+44 1632 960961, +441632960961",
    "0044 1632 960961, +441632960961",
    "3939, 3939",
  })
  void everyFormOfANumberBecomesOne(String presented, String normalised) {
    assertThat(CallerNumber.of(presented).value()).isEqualTo(normalised);
  }

  @Test
  void theSameCallerIsTheSameNumberWhateverTheOperatorsForm() {
    assertThat(CallerNumber.of("+33 6 12 34 56 78")).isEqualTo(CallerNumber.of("0612345678"));
  }

  @ParameterizedTest(name = "{1}: {0} can be called back")
  @CsvSource({
    "0145678901, Île-de-France (01)",
    "0232100900, North-West (02)",
    "0388123456, North-East (03)",
    "0491234567, South-East (04)",
    "0556123456, South-West (05)",
    "0612345678, a mobile (06)",
    "0712345678, a mobile (07)",
    "0912345678, a non-geographic number (09)",
    "+33612345678, a mobile in the international form",
  })
  void frenchGeographicMobileAndNonGeographicNumbersCanBeCalledBack(String presented, String kind) {
    assertThat(CallerNumber.of(presented).reachable()).as(kind).isTrue();
  }

  @ParameterizedTest(name = "{1}: {0} cannot be called back")
  @CsvSource({
    "0800123456, a free service (0800)",
    "0890123456, a special-rate service (089)",
    "0812345678, a special-rate service (08)",
    "3939, a short number",
    "15, an emergency short number",
    "118712, a directory enquiry number",
    "061234567, a number one digit short",
    "06123456789, a number one digit long",
    "+441632960961, a number abroad",
  })
  void specialRateShortAndForeignNumbersCannotBeCalledBack(String presented, String kind) {
    CallerNumber number = CallerNumber.of(presented);

    assertThat(number.reachable()).as(kind).isFalse();
    assertThat(number.presented()).as("still recognises a returning caller").isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is a hidden number")
  @NullSource
  @ValueSource(
      strings = {"", "  ", "anonymous", "Anonymous", "unknown", "private", "restricted", "Jean"})
  void aHiddenOrMissingNumberNeitherIdentifiesNorReachesTheCaller(String presented) {
    CallerNumber number = CallerNumber.of(presented);

    assertThat(number).isEqualTo(CallerNumber.HIDDEN);
    assertThat(number.presented()).isFalse();
    assertThat(number.reachable()).isFalse();
    assertThat(number.value()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is shown as {1}")
  @CsvSource({
    "0612345678, 06 •• •• •• 78",
    "+441632960961, +44 •• •• •• •• 61",
    "3939, 39 ••",
    "15, ••",
    "anonymous, masqué",
  })
  void listsShowTheFirstAndLastTwoDigitsOnly(String presented, String masked) {
    assertThat(CallerNumber.of(presented).masked()).isEqualTo(masked);
  }

  @Test
  void aCallerNumberIsNeverPrintedWhole() {
    CallerNumber number = CallerNumber.of("0612345678");

    assertThat(number.toString()).doesNotContain("12345678").isEqualTo("06 •• •• •• 78");
    assertThat("caller " + number).doesNotContain("0612345678");
  }

  @Test
  void itIsWrittenAndReadAsThePlainNumber() {
    JsonMapper json = JsonMapper.builder().build();

    assertThat(json.writeValueAsString(CallerNumber.of("+33612345678")))
        .isEqualTo("\"0612345678\"");
    assertThat(json.readValue("\"0612345678\"", CallerNumber.class))
        .isEqualTo(CallerNumber.of("0612345678"));
  }

  @ParameterizedTest(name = "typed {0}: accepted")
  @ValueSource(
      strings = {
        "0145678901",
        "0232100900",
        "0556123456",
        "0612345678",
        "0712345678",
        "0912345678"
      })
  void tenDigitsOfAFrenchNumberTypedOnTheKeypadCanBeCalledBack(String typed) {
    assertThat(CallerNumber.keyedIn(typed)).contains(CallerNumber.of(typed));
  }

  @ParameterizedTest(name = "typed {1}: {0} refused")
  @CsvSource({
    "0800123456, a free service",
    "0812345678, a special-rate service",
    "061234567, nine digits",
    "06123456789, eleven digits",
    "33612345678, the international form",
    "1612345678, no leading 0",
    "0012345678, 00 is no French number",
    "3939, a short number",
    "'', nothing",
  })
  void anythingElseTypedIsRefused(String typed, String why) {
    assertThat(CallerNumber.keyedIn(typed)).as(why).isEmpty();
  }

  @Test
  void nothingTypedAtAllIsRefused() {
    assertThat(CallerNumber.keyedIn(null)).isEmpty();
  }
}
