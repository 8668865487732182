package fr.cci.hotline.ivr.menu;

import fr.cci.hotline.InvalidSetting;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The voice menu as written in {@code ivr/menu.yml}. Each part checks itself when loaded, so that a
 * mistake stops start-up with one line naming the entry.
 */
record Menu(
    String repeatKey, Welcome welcome, Closed closed, Topic topic, LocationQuestion location) {

  static final String SOURCE = "ivr/menu.yml: menu.";

  Menu {
    require(
        repeatKey != null && repeatKey.matches("[*#0-9]"),
        "repeat-key",
        repeatKey,
        "one key: 0-9, * or #");
    require(welcome != null, "welcome", null, "missing");
    require(closed != null, "closed", null, "missing");
    require(topic != null, "topic", null, "missing");
    require(location != null, "location", null, "missing");
    require(
        !topic.choices().containsKey(repeatKey),
        "topic.choices",
        repeatKey,
        "the repeat key cannot be a choice");
  }

  /** Every prompt the menu may play, for the check that each has a sound file. */
  List<String> prompts() {
    return Stream.of(
            welcome.prompts().stream(),
            closed.prompts().stream(),
            Stream.of(closed.callbackOffer(), closed.callbackConfirmed(), closed.goodbye()),
            Stream.of(topic.prompt(), topic.noInput(), topic.invalid()),
            Stream.of(
                location.prompt(),
                location.noInput(),
                location.invalid(),
                location.outsideNormandy()))
        .flatMap(prompts -> prompts)
        .distinct()
        .toList();
  }

  record Welcome(List<String> prompts) {
    Welcome {
      require(
          prompts != null && !prompts.isEmpty(), "welcome.prompts", prompts, "at least one prompt");
      prompts = List.copyOf(prompts);
    }
  }

  record Closed(
      List<String> prompts,
      String callbackOffer,
      String callbackKey,
      Duration timeout,
      String callbackConfirmed,
      String goodbye) {
    Closed {
      require(
          prompts != null && !prompts.isEmpty(), "closed.prompts", prompts, "at least one prompt");
      prompts = List.copyOf(prompts);
      checkPrompt("closed.callback-offer", callbackOffer);
      checkPrompt("closed.callback-confirmed", callbackConfirmed);
      checkPrompt("closed.goodbye", goodbye);
      require(
          callbackKey != null && callbackKey.matches("[0-9]"),
          "closed.callback-key",
          callbackKey,
          "one digit");
      checkTimeout("closed.timeout", timeout);
    }
  }

  record Topic(
      String prompt,
      Duration timeout,
      int attempts,
      String noInput,
      String invalid,
      Map<String, String> choices,
      String otherwise) {
    Topic {
      checkPrompt("topic.prompt", prompt);
      checkPrompt("topic.no-input", noInput);
      checkPrompt("topic.invalid", invalid);
      checkTimeout("topic.timeout", timeout);
      checkAttempts("topic.attempts", attempts);
      require(
          choices != null && !choices.isEmpty(), "topic.choices", choices, "at least one choice");
      choices
          .keySet()
          .forEach(
              key ->
                  require(key.matches("[0-9]"), "topic.choices", key, "each choice is one digit"));
      choices = new LinkedHashMap<>(choices);
      require(
          choices.containsValue(otherwise),
          "topic.otherwise",
          otherwise,
          "must be one of the choices' topics");
    }

    String keys() {
      return String.join("", choices.keySet());
    }
  }

  record LocationQuestion(
      String prompt,
      Duration timeout,
      int attempts,
      String noInput,
      String invalid,
      String outsideNormandy) {
    LocationQuestion {
      checkPrompt("location.prompt", prompt);
      checkPrompt("location.no-input", noInput);
      checkPrompt("location.invalid", invalid);
      checkPrompt("location.outside-normandy", outsideNormandy);
      checkTimeout("location.timeout", timeout);
      checkAttempts("location.attempts", attempts);
    }
  }

  private static void checkPrompt(String key, String value) {
    require(
        value != null && value.matches("[a-z0-9-]+"), key, value, "a prompt name (a-z, 0-9, -)");
  }

  private static void checkTimeout(String key, Duration value) {
    require(
        value != null && value.toMillis() >= 1000 && value.toSeconds() <= 60,
        key,
        value,
        "between 1s and 60s");
  }

  private static void checkAttempts(String key, int value) {
    require(value >= 1 && value <= 5, key, value, "between 1 and 5");
  }

  private static void require(boolean valid, String key, Object value, String reason) {
    if (!valid) {
      throw new InvalidSetting(SOURCE + key, value, reason);
    }
  }
}
