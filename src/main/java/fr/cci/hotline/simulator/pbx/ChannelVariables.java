package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.dialplan.Expressions;
import java.util.Locale;

/**
 * Reads and writes channel variables and the few dialplan functions the model knows (CALLERID, LEN,
 * DB).
 */
public final class ChannelVariables {

  private final Pbx pbx;

  public ChannelVariables(Pbx pbx) {
    this.pbx = pbx;
  }

  public String substitute(Channel channel, String text) {
    return Expressions.substitute(text, name -> read(channel, name));
  }

  /** The value of a variable or function, null when unset. */
  public String read(Channel channel, String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    switch (upper) {
      case "CHANNEL":
        return channel.name();
      case "EXTEN":
        return channel.exten();
      case "CONTEXT":
        return channel.context();
      case "PRIORITY":
        return String.valueOf(channel.priority());
      case "UNIQUEID":
        return channel.uniqueId();
      case "CALLERID(NUM)":
        return channel.callerIdNum().equals(Channel.UNKNOWN) ? "" : channel.callerIdNum();
      case "CALLERID(NAME)":
        return channel.callerIdName().equals(Channel.UNKNOWN) ? "" : channel.callerIdName();
      case "CALLERID(ALL)":
        return "\""
            + read(channel, "CALLERID(name)")
            + "\" <"
            + read(channel, "CALLERID(num)")
            + ">";
      case "HANGUPCAUSE":
        return channel.isHungUp() ? String.valueOf(channel.hangupCause()) : "";
      case "EPOCH":
        return String.valueOf(pbx.clock().epochSecond());
      case "CHANNEL(STATE)":
        return channel.state().description();
      default:
        break;
    }
    if (upper.startsWith("DB(") && upper.endsWith(")")) {
      return pbx.astDb().get(name.substring(3, name.length() - 1));
    }
    if (upper.startsWith("LEN(") && upper.endsWith(")")) {
      return String.valueOf(name.length() - 5);
    }
    String value = channel.variable(name);
    return value != null ? value : pbx.global(name);
  }

  /**
   * Sets a variable (Set, SET VARIABLE, Setvar) with its VarSet event; CALLERID() too, with a
   * NewCallerid only when it changes (seen on Asterisk 22: setting the number a channel already has
   * says nothing).
   */
  public void write(Channel channel, String name, String value) {
    String variable = name.replaceFirst("^_{1,2}", "");
    String upper = variable.toUpperCase(Locale.ROOT);
    if (upper.equals("CALLERID(NUM)")) {
      if (!value.equals(channel.callerIdNum())) {
        channel.callerId(value, channel.callerIdName());
        pbx.events().newCallerid(channel);
      }
      return;
    }
    if (upper.startsWith("DB(") && upper.endsWith(")")) {
      // A function, not a variable: no VarSet (func_db.c writes AstDB only).
      pbx.astDb().put(variable.substring(3, variable.length() - 1), value);
      return;
    }
    if (upper.equals("CALLERID(NAME)")) {
      if (!value.equals(channel.callerIdName())) {
        channel.callerId(channel.callerIdNum(), value);
        pbx.events().newCallerid(channel);
      }
      return;
    }
    channel.variable(variable, value);
    pbx.events().varSet(channel, variable, value);
  }
}
