package fr.cci.hotline.ivr.menu;

import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.DigitInput;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the menu's questions: plays a prompt while listening for keys, repeats it on the repeat key,
 * says why when the answer is missing or wrong, and gives up after the configured attempts (the
 * call then moves on; it is never hung up).
 */
@Component
class MenuQuestions {

  private static final Logger log = LoggerFactory.getLogger(MenuQuestions.class);

  /** Repeats asked with the repeat key do not count as attempts, up to this many. */
  private static final int MAX_REPEATS = 5;

  private final Menu menu;
  private final Set<String> missingPrompts = ConcurrentHashMap.newKeySet();

  MenuQuestions(Menu menu) {
    this.menu = menu;
  }

  /** Plays prompts in turn; a key among {@code keys} stops them and is returned. */
  Optional<Character> playAll(CallChannel call, List<String> prompts, String keys) {
    for (String prompt : prompts) {
      Optional<Character> pressed = call.play(prompt, keys);
      if (pressed.isPresent()) {
        return pressed;
      }
    }
    return Optional.empty();
  }

  /** The topic code chosen, or the menu's default after every attempt failed. */
  String topic(CallChannel call, Optional<Character> early) {
    Menu.Topic topic = menu.topic();
    if (early.isPresent() && topic.choices().containsKey(early.get().toString())) {
      return topic.choices().get(early.get().toString());
    }
    int attempts = 0;
    int repeats = 0;
    Optional<Character> pending = Optional.empty();
    while (attempts < topic.attempts()) {
      String key =
          pending
              .map(String::valueOf)
              .orElseGet(() -> answer(call, topic.prompt(), topic.timeout(), 1));
      pending = Optional.empty();
      if (key.equals(menu.repeatKey()) && repeats++ < MAX_REPEATS) {
        continue;
      }
      if (topic.choices().containsKey(key)) {
        return topic.choices().get(key);
      }
      attempts++;
      if (attempts < topic.attempts()) {
        pending =
            call.play(
                key.isEmpty() ? topic.noInput() : topic.invalid(), topic.keys() + menu.repeatKey());
      }
    }
    return topic.otherwise();
  }

  /** The caller's location, or empty after every attempt failed (the regional pool). */
  Optional<Location> location(CallChannel call) {
    Menu.LocationQuestion question = menu.location();
    int attempts = 0;
    int repeats = 0;
    while (attempts < question.attempts()) {
      String digits = answer(call, question.prompt(), question.timeout(), 5);
      if (digits.contains(menu.repeatKey()) && repeats++ < MAX_REPEATS) {
        continue;
      }
      Optional<Location> location = Location.parse(digits);
      if (location.isPresent()) {
        return location;
      }
      attempts++;
      if (attempts < question.attempts()) {
        call.play(digits.isEmpty() ? question.noInput() : question.invalid(), "");
      }
    }
    return Optional.empty();
  }

  /** Plays an offer and says whether the caller pressed {@code key} in time. */
  boolean confirms(CallChannel call, String prompt, String key, Duration timeout) {
    return answer(call, prompt, timeout, 1).equals(key);
  }

  /** What the caller typed; a prompt that could not be played counts as no answer. */
  private String answer(CallChannel call, String prompt, Duration timeout, int maxDigits) {
    DigitInput input = call.collect(prompt, timeout, maxDigits);
    if (input.promptFailed()) {
      if (missingPrompts.add(prompt)) {
        log.warn("Prompt {} could not be played: is its sound file installed?", prompt);
      }
      return "";
    }
    return input.digits();
  }
}
