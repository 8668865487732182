/**
 * The few mechanisms every module needs and must do alike: daemon threads for background work,
 * exponential back-off between attempts, and periodic work on a component's own thread. A shared
 * module (declared on {@link fr.cci.hotline.Hotline}): any module may use it, it uses none, and it
 * knows nothing of calls, advisors or cases, so that it never becomes a back door between modules.
 */
@ApplicationModule(allowedDependencies = {})
package fr.cci.hotline.support;

import org.springframework.modulith.ApplicationModule;
