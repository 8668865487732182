package fr.cci.hotline.simulator.pbx;

/** How an application leaves the dialplan: go on, jumped elsewhere, or the channel is gone. */
public enum AppResult {
  CONTINUE,
  JUMPED,
  HANGUP
}
