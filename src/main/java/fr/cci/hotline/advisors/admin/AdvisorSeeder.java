package fr.cci.hotline.advisors.admin;

import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.advisors.directory.AdvisorDescription;
import fr.cci.hotline.advisors.directory.AdvisorRecords;
import fr.cci.hotline.advisors.directory.SeedFile;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the seed ({@code hotline.advisors.seed}) when there is no advisor yet. Two instances
 * starting together on one PostgreSQL both find the table empty; the second one's inserts clash
 * with the first one's on the primary key and it simply carries on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdvisorSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdvisorSeeder.class);

  private final AdvisorRecords records;
  private final AdvisorAdministration administration;
  private final AdvisorsSettings settings;
  private final ResourceLoader resources;

  AdvisorSeeder(
      AdvisorRecords records,
      AdvisorAdministration administration,
      AdvisorsSettings settings,
      ResourceLoader resources) {
    this.records = records;
    this.administration = administration;
    this.settings = settings;
    this.resources = resources;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (records.count() > 0) {
      return;
    }
    SeedFile seed = new SeedFile(resources.getResource(settings.seed()), settings.seed());
    if (!seed.exists()) {
      log.warn(
          "No advisor yet and no seed at {} (hotline.advisors.seed): add advisors with the API",
          settings.seed());
      return;
    }
    List<AdvisorDescription> advisors = seed.read(settings);
    try {
      administration.seed(advisors);
      log.info("Loaded {} advisors from {}", advisors.size(), seed.location());
    } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
      log.info("The advisors were loaded by another instance");
    }
  }
}
