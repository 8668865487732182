package fr.cci.hotline.bench;

import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.routing.RoutingSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings the service ships with, bound from {@code application.yml} and the settings'
 * defaults the way the service binds them, so that a benchmark follows a changed default.
 */
public final class ShippedSettings {

  private ShippedSettings() {}

  /** {@code hotline.advisors.*}: the chambers and the départements they serve. */
  public static AdvisorsSettings advisors() {
    return binder().bindOrCreate("hotline.advisors", AdvisorsSettings.class);
  }

  /** {@code hotline.routing.*}: among them, when the pool widens. */
  public static RoutingSettings routing() {
    return binder().bindOrCreate("hotline.routing", RoutingSettings.class);
  }

  private static Binder binder() {
    try {
      var sources =
          new YamlPropertySourceLoader()
              .load("application.yml", new ClassPathResource("application.yml"));
      return new Binder(ConfigurationPropertySources.from(sources));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read application.yml", failure);
    }
  }
}
