package fr.cci.hotline.telephony.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * {@code DBGetTree}, which Asterisk-Java lacks: every key under a family of Asterisk's database,
 * one {@code DBGetTreeResponse} event each, then {@code DBGetTreeComplete} (transcript in the
 * shared {@code asterisk/ami-dbgettree-transcript.txt}). Allowed by the write class {@code
 * reporting}. Public because Asterisk-Java reads its getters by reflection.
 */
public class DbGetTreeAction extends AbstractManagerAction implements EventGeneratingAction {

  private static final long serialVersionUID = 1L;

  private final String family;

  public DbGetTreeAction(String family) {
    this.family = family;
  }

  @Override
  public String getAction() {
    return "DBGetTree";
  }

  public String getFamily() {
    return family;
  }

  @Override
  public Class<? extends ResponseEvent> getActionCompleteEventClass() {
    return DbGetTreeCompleteEvent.class;
  }
}
