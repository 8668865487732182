/**
 * Who may use the web pages and the API: user accounts with roles (ADVISOR, SUPERVISOR, ADMIN)
 * stored with bcrypt, the first administrator, and the web security rules. It depends on no other
 * module so that every module's controllers can rely on the same roles.
 */
@ApplicationModule(allowedDependencies = {})
package fr.cci.hotline.accounts;

import org.springframework.modulith.ApplicationModule;
