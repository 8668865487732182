/**
 * Presence for people: the presence page and API where advisors (and their supervisors) log in,
 * pause and log out, and the French problem details of the module's APIs.
 */
package fr.cci.hotline.advisors.web;
