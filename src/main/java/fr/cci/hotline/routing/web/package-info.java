/**
 * Call-backs for advisors and supervisors: the page and {@code /api/callbacks} list the pending,
 * in-progress and failed ones, and trigger one now or cancel one with a reason. Numbers show
 * masked.
 */
package fr.cci.hotline.routing.web;
