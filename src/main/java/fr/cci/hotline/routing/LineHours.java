package fr.cci.hotline.routing;

import java.util.List;

/**
 * Is the line open now, and how is a caller told the hours? Answered by the menu's opening hours:
 * routing attempts call-backs only while the line is open, and tells a caller still waiting when it
 * closes. Without an answer (routing on its own in a test) the line is taken as always open.
 */
public interface LineHours {

  boolean openNow();

  /** The prompts that tell a caller the hours and say goodbye, in order. */
  List<String> closingMessage();
}
