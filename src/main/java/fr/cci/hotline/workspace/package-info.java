/**
 * The advisors' workspace: « Mon poste » (presence, the case on screen as soon as the phone rings,
 * the follow-ups of the day), the « Dossiers » search and the case form. It shows what cases,
 * advisors and routing hold; it owns no data of its own. Routing's {@code AdvisorOffered} is what
 * puts a case on an advisor's screen, for calls and call-backs alike.
 */
@ApplicationModule(allowedDependencies = {"cases", "advisors", "routing", "ivr", "accounts"})
package fr.cci.hotline.workspace;

import org.springframework.modulith.ApplicationModule;
