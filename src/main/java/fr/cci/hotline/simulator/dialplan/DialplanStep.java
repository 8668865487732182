package fr.cci.hotline.simulator.dialplan;

/**
 * One priority of an extension.
 *
 * @param priority its number
 * @param label its label, or null
 * @param application the application name as written (NoOp, Dial…)
 * @param arguments the raw arguments, variables not yet substituted
 */
public record DialplanStep(int priority, String label, String application, String arguments) {}
