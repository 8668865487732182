package fr.cci.hotline.ivr.menu;

import fr.cci.hotline.ivr.MenuTopics;
import java.util.List;
import org.springframework.stereotype.Component;

/** The topics of the menu file, so that the case form offers what callers can choose. */
@Component
class ConfiguredTopics implements MenuTopics {

  private final List<String> codes;

  ConfiguredTopics(Menu menu) {
    this.codes = menu.topic().choices().values().stream().distinct().toList();
  }

  @Override
  public List<String> codes() {
    return codes;
  }
}
