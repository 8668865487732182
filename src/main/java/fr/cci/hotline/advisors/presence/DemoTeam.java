package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Presence;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In the demo, the whole team starts logged in so that calls are answered from the first one. */
@Component
@Profile("demo")
class DemoTeam implements ApplicationRunner {

  private final AdvisorDirectory directory;
  private final Presence presence;
  private final Clock clock;

  DemoTeam(AdvisorDirectory directory, Presence presence, Clock clock) {
    this.directory = directory;
    this.presence = presence;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    directory.active().forEach(advisor -> presence.logIn(advisor.id(), clock.instant()));
  }
}
