package fr.cci.hotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.Browser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hotline.accounts.admin-user=chef",
      "hotline.accounts.admin-password=",
      // The production seed names its advisors' accounts: they are created first, without
      // passwords.
      "hotline.advisors.seed=classpath:advisors/seed.yml"
    })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

  private static final Pattern GENERATED =
      Pattern.compile("created administrator 'chef' with the generated password (\\S+) ");

  @LocalServerPort int port;

  @Test
  void withoutAConfiguredPasswordOneIsGeneratedPrintedOnceAndWorks(CapturedOutput startUp) {
    Matcher printed = GENERATED.matcher(startUp.getAll());

    assertThat(printed.find()).as("the generated password is in the log").isTrue();
    String password = printed.group(1);
    assertThat(printed.find()).as("printed only once").isFalse();
    assertThat(password).hasSizeGreaterThanOrEqualTo(16);
    assertThat(new Browser(port).getAs("chef", password, "/api/openapi").statusCode())
        .isEqualTo(200);
  }

  @Test
  void theSeedsAdvisorAccountsExistButNobodySignsInWithoutAPasswordFromAnAdministrator() {
    Browser browser = new Browser(port);

    assertThat(browser.getAs("claire.lemoine", "", "/api/cases").statusCode()).isEqualTo(401);
    assertThat(browser.getAs("claire.lemoine", "demo", "/api/cases").statusCode()).isEqualTo(401);
    assertThat(browser.signIn("claire.lemoine", "claire.lemoine").headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
  }
}
