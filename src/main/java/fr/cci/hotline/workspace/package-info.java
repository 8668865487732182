/**
 * The advisors' workspace: « Mon poste » (presence, the case on screen as soon as the phone rings,
 * the follow-ups of the day), the « Dossiers » search and the case form. It shows what cases,
 * advisors and routing hold; it owns no data of its own. Routing's {@code AdvisorOffered} (calls
 * and call-backs alike) and telephony's {@code DialStarted} (heard by every instance) put a case on
 * an advisor's screen.
 */
@ApplicationModule(
    allowedDependencies = {"cases", "advisors", "routing", "ivr", "telephony", "accounts"})
package fr.cci.hotline.workspace;

import org.springframework.modulith.ApplicationModule;
