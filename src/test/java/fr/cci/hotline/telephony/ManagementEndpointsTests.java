package fr.cci.hotline.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.testing.Browser;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.ActiveProfiles;

/** The management port with no Asterisk anywhere: honest health, metrics, quiet retries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ManagementEndpointsTests {

  @LocalManagementPort int managementPort;

  @Test
  void healthNeedsNoLoginAndShowsTheAmiLinkDownAndTheAgiServerUp() {
    HttpResponse<String> health = new Browser(managementPort).get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body())
        .contains("\"ami\":{\"details\":{\"host\":\"127.0.0.1\",\"port\":1},\"status\":\"DOWN\"}")
        .containsPattern("\"agi\":\\{\"details\":\\{[^}]*\\},\"status\":\"UP\"\\}");
  }

  @Test
  void prometheusPublishesTheLinkAndSessionGauges() {
    HttpResponse<String> metrics = new Browser(managementPort).get("/actuator/prometheus");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("hotline_ami_connected 0.0", "hotline_agi_sessions 0.0");
  }

  @Test
  void onlyHealthAndPrometheusAreExposed() {
    Browser browser = new Browser(managementPort);

    assertThat(browser.get("/actuator/env").statusCode()).isEqualTo(404);
    assertThat(browser.get("/actuator/beans").statusCode()).isEqualTo(404);
  }

  @Test
  void theAmiLinkRetriesWithOneLineAndNoStackTracePerAttempt(CapturedOutput output) {
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> output.getOut().split("AMI login to 127.0.0.1:1 failed").length > 2);

    assertThat(output.getOut()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
