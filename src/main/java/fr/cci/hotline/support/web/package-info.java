/**
 * The errors every {@code /api/**} endpoint shares, answered in one place as French problem
 * details: unreadable JSON, a value of the wrong type or unknown, a missing or invalid parameter,
 * an unsupported method or media type, a refused role, and anything unexpected (never a stack
 * trace).
 */
package fr.cci.hotline.support.web;
