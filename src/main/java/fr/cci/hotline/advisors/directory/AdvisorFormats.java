package fr.cci.hotline.advisors.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an advisor's id and phone may look like, shared by the API's validation and the seed. The
 * phone becomes the dialplan's {@code Dial()} target: characters that could add Dial options or
 * more destinations ({@code , & ^} spaces) are refused.
 */
public final class AdvisorFormats {

  /** The channel technology of every advisor phone (desk phones and the operator trunk). */
  public static final String TECHNOLOGY = "PJSIP/";

  public static final String ID = "[a-z][a-z0-9_-]{1,31}";

  public static final String PHONE = "PJSIP/[A-Za-z0-9_.+-]{1,64}(@[A-Za-z0-9_.-]{1,32})?";

  public static final String USERNAME = "[^\\s]{1,64}";

  private static final Pattern ID_PATTERN = Pattern.compile(ID);
  private static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);

  private AdvisorFormats() {}

  static boolean validId(String id) {
    return id != null && ID_PATTERN.matcher(id).matches();
  }

  static boolean validPhone(String phone) {
    return phone != null && PHONE_PATTERN.matcher(phone).matches();
  }

  /**
   * The phone as stored, from a device ({@code PJSIP/adv101}) or a dial string: Dial reports {@code
   * adv101} or {@code 0612345678@operator} without the technology, Queue with it.
   */
  public static String phoneOf(String deviceOrDialString) {
    String trimmed = deviceOrDialString.trim();
    return trimmed.contains("/") ? trimmed : TECHNOLOGY + trimmed;
  }

  /**
   * The endpoint of a channel name: {@code PJSIP/adv101-0000002a} → {@code adv101}. Asterisk adds a
   * dash and a sequence number to the endpoint's name.
   */
  public static Optional<String> endpointOf(String channelName) {
    if (channelName == null) {
      return Optional.empty();
    }
    int slash = channelName.indexOf('/');
    int dash = channelName.lastIndexOf('-');
    if (slash < 0 || dash <= slash + 1) {
      return Optional.empty();
    }
    return Optional.of(channelName.substring(slash + 1, dash));
  }
}
