/**
 * « Mon poste »: the advisor's presence, the case on screen as soon as their phone rings (server-
 * sent events to that advisor's own sessions only), and the follow-ups due today.
 */
package fr.cci.hotline.workspace.desk;
