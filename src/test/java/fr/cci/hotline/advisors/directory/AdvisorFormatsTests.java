package fr.cci.hotline.advisors.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdvisorFormatsTests {

  @Test
  void theEndpointOfAChannelIsItsNameWithoutTechnologyAndSequence() {
    assertThat(AdvisorFormats.endpointOf("PJSIP/adv101-0000002a")).contains("adv101");
    assertThat(AdvisorFormats.endpointOf("PJSIP/cci-caen-3-0000002a")).contains("cci-caen-3");
    assertThat(AdvisorFormats.endpointOf("garbage")).isEmpty();
    assertThat(AdvisorFormats.endpointOf(null)).isEmpty();
  }

  @Test
  void dialStringsWithOrWithoutTechnologyNameTheSamePhone() {
    assertThat(AdvisorFormats.phoneOf("adv101")).isEqualTo("PJSIP/adv101");
    assertThat(AdvisorFormats.phoneOf("PJSIP/adv101")).isEqualTo("PJSIP/adv101");
    assertThat(AdvisorFormats.phoneOf("0600000001@operator"))
        .isEqualTo("PJSIP/0600000001@operator");
  }

  @Test
  void aPhoneCannotSmuggleDialOptionsOrASecondDestination() {
    assertThat(AdvisorFormats.validPhone("PJSIP/adv101")).isTrue();
    assertThat(AdvisorFormats.validPhone("PJSIP/+33612345678@operator")).isTrue();
    assertThat(AdvisorFormats.validPhone("PJSIP/adv101,20,D(123)")).isFalse();
    assertThat(AdvisorFormats.validPhone("PJSIP/adv101&PJSIP/adv102")).isFalse();
    assertThat(AdvisorFormats.validPhone("SIP/adv101")).isFalse();
    assertThat(AdvisorFormats.validPhone("PJSIP/adv 101")).isFalse();
  }
}
