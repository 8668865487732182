package fr.cci.hotline.ivr.menu;

import fr.cci.hotline.InvalidSetting;
import fr.cci.hotline.ivr.IvrSettings;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the menu from the YAML file named by {@code hotline.ivr.menu}. */
@Configuration
class MenuLoader {

  @Bean
  Menu menu(IvrSettings settings, ResourceLoader resources) {
    Resource file = resources.getResource(settings.menu());
    List<PropertySource<?>> sources;
    try {
      sources = new YamlPropertySourceLoader().load("menu", file);
    } catch (IOException unreadable) {
      throw new InvalidSetting(
          "hotline.ivr.menu", settings.menu(), "cannot read it: " + unreadable.getMessage());
    }
    try {
      return new Binder(ConfigurationPropertySources.from(sources))
          .bind("menu", Menu.class)
          .orElseThrow(
              () -> new InvalidSetting("hotline.ivr.menu", settings.menu(), "no 'menu:' section"));
    } catch (BindException invalid) {
      for (Throwable cause = invalid; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidSetting setting) {
          throw setting;
        }
      }
      throw new InvalidSetting("hotline.ivr.menu", settings.menu(), invalid.getMessage());
    }
  }
}
