package fr.cci.hotline.ivr.menu;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the menu's events. A failing listener is logged and the call goes on: the caller must
 * never lose their call because a record could not be kept.
 */
@Component
class MenuEvents {

  private static final Logger log = LoggerFactory.getLogger(MenuEvents.class);

  private final ApplicationEventPublisher publisher;

  MenuEvents(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  void publish(Object event) {
    try {
      publisher.publishEvent(event);
    } catch (RuntimeException failure) {
      log.warn("A listener of {} failed: {}", event.getClass().getSimpleName(), failure.toString());
    }
  }
}
