package fr.cci.hotline.bench;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.testing.TestTimeConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service in this JVM with the tests' profile (no PBX, random ports), the tests' clock
 * that stands still when told, and a team of advisors loaded by the service's own seed loader.
 */
public final class BenchService {

  private BenchService() {}

  /**
   * @param team the advisors to seed (their chamber and départements)
   * @param more further settings, {@code --key=value}
   */
  public static ConfigurableApplicationContext start(List<Candidate> team, String... more) {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=test",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // No PBX here on purpose: the AMI link's retries and the fallback queue's
                // members left for the next connection would fill the output.
                "--logging.level.fr.cci.hotline.telephony.ami=ERROR",
                "--logging.level.fr.cci.hotline.advisors.pbx=ERROR",
                "--hotline.advisors.seed=file:" + seedOf(team)));
    settings.addAll(List.of(more));
    return new SpringApplicationBuilder(Hotline.class, TestTimeConfiguration.class)
        .run(settings.toArray(String[]::new));
  }

  /** The advisors as a seed file, desk phones {@code PJSIP/<id>}. */
  private static Path seedOf(List<Candidate> team) {
    StringBuilder yaml = new StringBuilder("advisors:\n");
    for (Candidate advisor : team) {
      yaml.append("  - id: ")
          .append(advisor.advisorId())
          .append("\n    name: Advisor ")
          .append(advisor.advisorId())
          .append("\n    chamber: ")
          .append(advisor.chamber())
          .append("\n    phone: PJSIP/")
          .append(advisor.advisorId())
          .append("\n    departments: ")
          .append(advisor.departments().stream().map(d -> "\"" + d + "\"").toList())
          .append('\n');
    }
    try {
      Path seed = Files.createTempFile("bench-advisors-", ".yml");
      seed.toFile().deleteOnExit();
      return Files.writeString(seed, yaml);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot write the advisors' seed", failure);
    }
  }
}
