package fr.cci.hotline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus alerting rules pass their unit tests ({@code promtool test rules}) and the Grafana
 * dashboard's queries are valid PromQL. promtool comes with Debian's {@code prometheus} package:
 * where it is missing the tests are skipped with that reason, except in CI (the {@code CI}
 * variable, set by {@code .ci/run}, which installs it), where they fail.
 */
class MonitoringRulesTests {

  private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

  @BeforeAll
  static void promtoolIsInstalled() {
    if (Files.isExecutable(PROMTOOL)) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail(PROMTOOL + " is missing in CI: .ci/run installs Debian's prometheus package");
    }
    assumeTrue(
        false, "promtool test skipped: " + PROMTOOL + " is missing (Debian package prometheus)");
  }

  @Test
  void theAlertingRulesPassTheirUnitTests() throws Exception {
    Result result =
        promtool(
            MonitoringFiles.RULE_TESTS.getParent(), "test", "rules", "hotline-alerts-tests.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
  }

  @Test
  void theAlertingRulesAreValidAndAllFourAreThere() throws Exception {
    Result result = promtool(Path.of("."), "check", "rules", MonitoringFiles.RULES.toString());

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 4 rules found");
  }

  @Test
  void everyQueryOfTheDashboardIsValidPromQl(@TempDir Path folder) throws Exception {
    List<String> queries = MonitoringFiles.dashboardQueries();
    List<String> rules = new ArrayList<>(List.of("groups:", "  - name: dashboard", "    rules:"));
    for (int i = 0; i < queries.size(); i++) {
      rules.add("      - record: dashboard:query_" + i);
      rules.add("        expr: '" + queries.get(i).replace("'", "''") + "'");
    }
    Path file = Files.write(folder.resolve("dashboard-queries.yml"), rules, StandardCharsets.UTF_8);

    Result result = promtool(folder, "check", "rules", file.getFileName().toString());

    assertThat(queries).hasSizeGreaterThan(10);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: " + queries.size() + " rules found");
  }

  private record Result(int exitCode, String output) {}

  private static Result promtool(Path directory, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("promtool did not finish: " + output);
    }
    return new Result(process.exitValue(), output);
  }
}
