package fr.cci.hotline.routing.callback;

import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.DigitInput;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Agrees with the caller on the number to call back. The number presented is read back digit by
 * digit when it can be called back; the caller confirms it with 1 or types another one (ten digits
 * of a French number, ended by {@code #}), which is read back in turn. A hidden number, or one that
 * cannot be called back (an 08 service, a foreign number), is asked for. A wrong or missing answer
 * is explained and asked again, three times; nothing is kept unless confirmed.
 *
 * <p>One question collects either answer: "1" or a number, so no key is lost between two commands.
 */
@Component
class NumberConfirmation {

  /** Wrong or missing answers before giving up. */
  static final int ATTEMPTS = 3;

  /** Typed numbers read back but not confirmed, before giving up (a caller changing their mind). */
  private static final int MAX_ROUNDS = 6;

  /** A French number has ten digits: the question ends there even without {@code #}. */
  private static final int MAX_DIGITS = 10;

  private final Duration keyTimeout;

  NumberConfirmation(RoutingSettings settings) {
    this.keyTimeout = settings.callbacks().keyTimeout();
  }

  /** The number the caller confirmed, or empty when they did not (after three wrong answers). */
  Optional<CallerNumber> confirm(CallChannel call) {
    CallerNumber presented = call.callerNumber();
    CallerNumber candidate = presented.reachable() ? presented : null;
    int failures = 0;
    for (int round = 0; round < MAX_ROUNDS && failures < ATTEMPTS; round++) {
      String answer;
      if (candidate != null) {
        call.play(CallbackPrompts.NUMBER_IS, "");
        call.sayDigits(candidate.value());
        answer = ask(call, CallbackPrompts.NUMBER_CONFIRM);
        if (answer.equals(CallbackPrompts.CONFIRM_KEY)) {
          return Optional.of(candidate);
        }
      } else {
        answer = ask(call, CallbackPrompts.NUMBER_ASK);
      }
      Optional<CallerNumber> typed = CallerNumber.keyedIn(answer);
      if (typed.isPresent()) {
        candidate = typed.get();
        continue;
      }
      failures++;
      if (failures < ATTEMPTS) {
        call.play(
            answer.isEmpty() ? CallbackPrompts.NUMBER_NO_INPUT : CallbackPrompts.NUMBER_INVALID,
            "");
      }
    }
    return Optional.empty();
  }

  /** What the caller typed, without the {@code #}; a prompt that failed to play is no answer. */
  private String ask(CallChannel call, String prompt) {
    DigitInput input = call.collect(prompt, keyTimeout, MAX_DIGITS);
    return input.promptFailed() ? "" : input.digits();
  }
}
