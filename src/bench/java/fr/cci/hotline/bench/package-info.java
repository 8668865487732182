/**
 * What the benchmarks share (profile {@code bench}, never the default build): the settings as
 * shipped, read from {@code application.yml} rather than restated, and a busy line of 500 advisors
 * and 1,000 waiting callers for the decision-latency benchmarks.
 */
package fr.cci.hotline.bench;
