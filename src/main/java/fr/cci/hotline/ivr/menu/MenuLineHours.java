package fr.cci.hotline.ivr.menu;

import fr.cci.hotline.ivr.hours.OpeningHours;
import fr.cci.hotline.routing.LineHours;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Routing's question about the line's hours, answered by the menu: the opening hours, and the
 * closed line's hours and goodbye for a caller still waiting when the line closes.
 */
@Component
class MenuLineHours implements LineHours {

  private final OpeningHours openingHours;
  private final Menu menu;

  MenuLineHours(OpeningHours openingHours, Menu menu) {
    this.openingHours = openingHours;
    this.menu = menu;
  }

  @Override
  public boolean openNow() {
    return openingHours.isOpenNow();
  }

  @Override
  public List<String> closingMessage() {
    List<String> prompts = new ArrayList<>(menu.closed().prompts());
    prompts.add(menu.closed().goodbye());
    return List.copyOf(prompts);
  }
}
