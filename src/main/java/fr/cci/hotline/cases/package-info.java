/**
 * Case records and their life cycle: opened for every call (abandoned ones included), enriched by
 * the menu's and routing's events, completed by advisors, purged at the end of retention. It only
 * listens to the other modules' events and answers routing's questions about earlier cases.
 *
 * <p>The events arrive on callers' threads, which must never wait for the database: they are
 * appended to a journal (memory and a local spool file) that a single writer applies to the
 * database in order, retrying while the database is down.
 */
@ApplicationModule(allowedDependencies = {"ivr", "routing", "advisors", "telephony"})
package fr.cci.hotline.cases;

import org.springframework.modulith.ApplicationModule;
