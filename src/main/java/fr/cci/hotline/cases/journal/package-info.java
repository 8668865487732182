/**
 * The case journal: the menu's and routing's events wait here, in memory and in a local spool file,
 * until one writer thread has applied them to the database in order, with back-off while it is
 * down, so that a caller's thread never waits for the database. The fallback queue's calls read
 * back from the PBX's records join it here, once per call id.
 */
package fr.cci.hotline.cases.journal;
