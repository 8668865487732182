package fr.cci.hotline.ivr.menu;

import fr.cci.hotline.InvalidSetting;
import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.telephony.TelephonySettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
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

  /** What a prompt may last at most, on top of the time given to type after it. */
  static final Duration LONGEST_PROMPT = Duration.ofSeconds(30);

  @Bean
  Menu menu(IvrSettings settings, TelephonySettings telephony, ResourceLoader resources) {
    Menu menu = read(settings, resources);
    fitsTheReplyTimeout(menu, telephony.agi().replyTimeout());
    return menu;
  }

  /**
   * Asterisk answers GET DATA only after the prompt and the time to type: a reply time-out shorter
   * than that would end callers' sessions in the middle of a question.
   */
  static void fitsTheReplyTimeout(Menu menu, Duration replyTimeout) {
    Duration longestInput =
        Stream.of(menu.topic().timeout(), menu.location().timeout(), menu.closed().timeout())
            .max(Duration::compareTo)
            .orElseThrow();
    if (longestInput.plus(LONGEST_PROMPT).compareTo(replyTimeout) > 0) {
      throw new InvalidSetting(
          "hotline.telephony.agi.reply-timeout",
          replyTimeout,
          "must exceed the menu's longest time to type ("
              + longestInput.toSeconds()
              + " s) plus "
              + LONGEST_PROMPT.toSeconds()
              + " s for its prompt");
    }
  }

  static Menu read(IvrSettings settings, ResourceLoader resources) {
    Resource file = resources.getResource(settings.menu());
    if (!file.exists()) {
      throw new InvalidSetting("hotline.ivr.menu", settings.menu(), "cannot read it: no such file");
    }
    List<PropertySource<?>> sources;
    try {
      sources = new YamlPropertySourceLoader().load("menu", file);
    } catch (IOException | IllegalStateException unreadable) {
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
