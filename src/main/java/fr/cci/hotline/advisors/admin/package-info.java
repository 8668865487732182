/**
 * The administrators' side: the advisors API ({@code /api/advisors}, {@code /api/chambers}), the
 * first load of the seed, and the changes that keep each advisor's presence and fallback queue
 * membership in step.
 */
package fr.cci.hotline.advisors.admin;
