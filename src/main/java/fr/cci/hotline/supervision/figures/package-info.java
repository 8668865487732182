/**
 * The queue's figures: their definitions in one place ({@code QueueFigures}, {@code CallOutcome}),
 * the départements and chambers they are broken down by, the state of the hotline read from the
 * database that all instances share, and the fallback queue's calls, each counted once.
 */
package fr.cci.hotline.supervision.figures;
