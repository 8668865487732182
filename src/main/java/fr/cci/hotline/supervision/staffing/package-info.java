/**
 * How many advisors the calls need: Erlang C in plain Java, the estimate from the last hour's
 * arrivals and handling time shown on the wallboard, and the what-if page.
 */
package fr.cci.hotline.supervision.staffing;
