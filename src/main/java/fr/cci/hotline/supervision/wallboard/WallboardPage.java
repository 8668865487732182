package fr.cci.hotline.supervision.wallboard;

import fr.cci.hotline.supervision.figures.LiveFigures;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The wallboard, for supervisors and administrators: the page as it stands, then its board pushed
 * as server-sent events. {@code ?mode=mur} is the wall screen: no navigation, large figures.
 */
@Controller
@RequestMapping("/supervision/wallboard")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class WallboardPage {

  static final String WALL_MODE = "mur";

  private final LiveFigures live;
  private final BoardBuilder builder;
  private final WallboardStream stream;

  WallboardPage(LiveFigures live, BoardBuilder builder, WallboardStream stream) {
    this.live = live;
    this.builder = builder;
    this.stream = stream;
  }

  @GetMapping
  String page(@RequestParam(required = false) String mode, Model model) {
    model.addAttribute("board", builder.build(live.fresh(), live.zone()));
    model.addAttribute("wall", WALL_MODE.equals(mode));
    return BoardRenderer.TEMPLATE;
  }

  @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter events() {
    return stream.open();
  }
}
