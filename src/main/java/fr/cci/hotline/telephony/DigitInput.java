package fr.cci.hotline.telephony;

/**
 * What a caller typed in answer to a prompt.
 *
 * @param digits the digits, without the terminating {@code #}
 * @param timedOut whether input ended by timeout rather than by {@code #} or the maximum length
 * @param promptFailed whether Asterisk could not play the prompt (missing sound file): nothing was
 *     asked, so nothing may be read as the caller's answer
 */
public record DigitInput(String digits, boolean timedOut, boolean promptFailed) {

  public static DigitInput promptFailure() {
    return new DigitInput("", false, true);
  }
}
