package fr.cci.hotline.advisors.directory;

import fr.cci.hotline.InvalidSetting;
import fr.cci.hotline.advisors.AdvisorsSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;

/**
 * The advisors' seed, a YAML file a non-developer edits ({@code advisors: - id: adv101 …}). It is
 * read with Spring Boot's binder and checked while binding, so that a mistake stops start-up with
 * one line naming the entry, e.g. {@code Invalid setting advisors/seed.yml[3].chamber = cherbourg:
 * unknown chamber} (the index counts from 0).
 */
public final class SeedFile {

  private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("advisors");

  private final Resource resource;
  private final String location;

  public SeedFile(Resource resource, String location) {
    this.resource = resource;
    this.location = location.startsWith("classpath:") ? location.substring(10) : location;
  }

  public boolean exists() {
    return resource.exists();
  }

  public String location() {
    return location;
  }

  /**
   * The advisors of the file, checked against the chambers and départements of the settings.
   *
   * @throws org.springframework.boot.context.properties.bind.BindException naming the entry at
   *     fault, with an {@link InvalidSetting} as its cause
   */
  public List<AdvisorDescription> read(AdvisorsSettings settings) {
    Binder binder;
    try {
      binder =
          new Binder(
              ConfigurationPropertySources.from(
                  new YamlPropertySourceLoader().load(location, resource)));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the advisors' seed " + location, unreadable);
    }
    return binder
        .bind(ROOT, Bindable.listOf(AdvisorDescription.class), new Checks(settings))
        .orElse(List.of());
  }

  /** Checks the whole list once bound, so that duplicates are seen too. */
  private final class Checks implements BindHandler {

    private final AdvisorsSettings settings;

    Checks(AdvisorsSettings settings) {
      this.settings = settings;
    }

    @Override
    public Object onSuccess(
        ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
      if (name.equals(ROOT) && result instanceof List<?> advisors) {
        check(advisors);
      }
      return result;
    }

    private void check(List<?> advisors) {
      Set<String> ids = new HashSet<>();
      Set<String> phones = new HashSet<>();
      Set<String> usernames = new HashSet<>();
      for (int index = 0; index < advisors.size(); index++) {
        AdvisorDescription advisor = (AdvisorDescription) advisors.get(index);
        String entry = location + "[" + index + "]";
        if (!AdvisorFormats.validId(advisor.id())) {
          throw new InvalidSetting(
              entry + ".id", advisor.id(), "an id is 2 to 32 lower-case letters or digits");
        }
        if (!ids.add(advisor.id())) {
          throw new InvalidSetting(entry + ".id", advisor.id(), "duplicate id");
        }
        if (advisor.name() == null || advisor.name().isBlank()) {
          throw new InvalidSetting(entry + ".name", advisor.name(), "a name is required");
        }
        if (!settings.chambers().containsKey(advisor.chamber())) {
          throw new InvalidSetting(
              entry + ".chamber",
              advisor.chamber(),
              "unknown chamber (not in hotline.advisors.chambers)");
        }
        if (!AdvisorFormats.validPhone(advisor.phone())) {
          throw new InvalidSetting(
              entry + ".phone",
              advisor.phone(),
              "not a dial string like PJSIP/adv101 or PJSIP/0612345678@operator");
        }
        if (!phones.add(advisor.phone())) {
          throw new InvalidSetting(
              entry + ".phone", advisor.phone(), "phone already given to another advisor");
        }
        if (advisor.username() != null && !usernames.add(advisor.username())) {
          throw new InvalidSetting(
              entry + ".username", advisor.username(), "username already given to another advisor");
        }
        if (advisor.departments().isEmpty()) {
          throw new InvalidSetting(entry + ".departments", "[]", "at least one département");
        }
        for (String department : advisor.departments()) {
          if (!settings.departments().containsKey(department)) {
            throw new InvalidSetting(
                entry + ".departments",
                department,
                "unknown département (not in hotline.advisors.departments)");
          }
        }
      }
    }
  }
}
