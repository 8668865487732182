package fr.cci.hotline.workspace.desk;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the « current case » part of « Mon poste » for a screen pop, with the very fragment the
 * page itself shows, so that a pop and a reload look the same and everything is escaped alike.
 */
@Component
class DeskFragments {

  static final String TEMPLATE = "workspace/desk";
  static final Locale FRENCH = Locale.FRANCE;

  private final ITemplateEngine templates;

  DeskFragments(ITemplateEngine templates) {
    this.templates = templates;
  }

  String currentCase(CaseCards.CaseCard card) {
    return render(Map.of("current", card));
  }

  /** A case the database does not have yet: its number, so the advisor can look it up. */
  String unknownCase(String caseNumber, String advisorName) {
    return render(Map.of("pending", caseNumber, "advisorName", advisorName));
  }

  private String render(Map<String, Object> variables) {
    Context context = new Context(FRENCH, variables);
    return templates.process(TEMPLATE, Set.of("current-case"), context);
  }
}
