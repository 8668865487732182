package fr.cci.hotline.simulator.pbx;

/** Channel states with the numbers and descriptions Asterisk puts in ChannelState(Desc). */
public enum ChannelState {
  DOWN(0, "Down"),
  RING(4, "Ring"),
  RINGING(5, "Ringing"),
  UP(6, "Up");

  private final int code;
  private final String description;

  ChannelState(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }
}
