package fr.cci.hotline.supervision.figures;

import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.advisors.Chambers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The départements and chambers figures are broken down by, as meter tags and report groups. A
 * caller may type any département: those outside Normandy are one group, so that a tag never takes
 * more values than a supervisor can read.
 */
@Component
public class Places {

  /** A département outside Normandy. */
  public static final String OTHER = "other";

  /** No département given, or no chamber known. */
  public static final String NONE = "none";

  private final Chambers chambers;

  Places(Chambers chambers) {
    this.chambers = chambers;
  }

  /** {@code 14} for the Calvados, {@link #OTHER} outside Normandy, {@link #NONE} when unknown. */
  public String department(String department) {
    if (department == null || department.isBlank()) {
      return NONE;
    }
    return chambers.isNormandy(department) ? department : OTHER;
  }

  /** Every value {@link #department} gives, Normandy's first. */
  public List<String> departments() {
    List<String> all = new ArrayList<>(AdvisorsSettings.NORMANDY.stream().sorted().toList());
    all.add(OTHER);
    all.add(NONE);
    return all;
  }

  /** The chamber that usually serves the département, or {@link #NONE}. */
  public String homeChamber(String department) {
    if (department == null) {
      return NONE;
    }
    return chambers.serving(department).stream().findFirst().orElse(NONE);
  }

  /** A chamber code as a tag: {@link #NONE} when there is none. */
  public String chamber(String chamber) {
    return chamber == null || chamber.isBlank() ? NONE : chamber;
  }

  /** The chambers' codes, in the order of the settings' names. */
  public List<String> chamberCodes() {
    return chambers.names().keySet().stream().sorted().toList();
  }

  /** A chamber's name, or its code when it is not in the settings. */
  public String chamberName(String chamber) {
    return chambers.names().getOrDefault(chamber, chamber);
  }
}
