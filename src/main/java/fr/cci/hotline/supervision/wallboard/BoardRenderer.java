package fr.cci.hotline.supervision.wallboard;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders the board with the page's own fragment, so that a push shows exactly what a reload would.
 * The HTML goes out on one line: a server-sent event's data ends at a blank line.
 */
@Component
class BoardRenderer {

  static final String TEMPLATE = "supervision/wallboard";
  static final String FRAGMENT = "board";

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

  private final ITemplateEngine templates;

  BoardRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  String render(Board board) {
    Context context = new Context(Locale.FRANCE, Map.of("board", board));
    String html =
        templates.process(
            new TemplateSpec(TEMPLATE, Set.of(FRAGMENT), TemplateMode.HTML, null), context);
    return LINE_BREAKS.matcher(html).replaceAll(" ").strip();
  }
}
