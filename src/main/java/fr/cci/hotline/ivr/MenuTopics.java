package fr.cci.hotline.ivr;

import java.util.List;

/** The topics callers choose from in the menu ({@code ivr/menu.yml}), for the screens. */
public interface MenuTopics {

  /** The topic codes ({@code tresorerie}…), in the menu's order of keys. */
  List<String> codes();
}
