/**
 * Case records and their life cycle: opened for every call (abandoned ones included), enriched by
 * the menu's and routing's events, completed by advisors, purged at the end of retention. It only
 * listens to the other modules' events and answers routing's questions about earlier cases.
 *
 * <p>The events arrive on callers' threads, which must never wait for the database: they are
 * appended to a journal (memory and a local spool file) that a single writer applies to the
 * database in order, retrying while the database is down.
 *
 * <p>People reach cases through {@link fr.cci.hotline.cases.CaseFiles}: access rules by role and
 * chamber, and an audit trail of every view and change. It uses accounts' roles for that.
 */
@ApplicationModule(allowedDependencies = {"ivr", "routing", "advisors", "telephony", "accounts"})
package fr.cci.hotline.cases;

import org.springframework.modulith.ApplicationModule;
