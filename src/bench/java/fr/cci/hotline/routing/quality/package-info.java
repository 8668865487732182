/**
 * Routing quality in compressed time (profile {@code bench}): a discrete-event simulation on a
 * virtual clock that gives the service's own {@code SelectionPolicy} every decision, the way the
 * dispatcher applies it, through a busy day and a surge, and sets the results beside the service's
 * own Erlang C. {@code routing.dispatch.DispatcherReplay} plays the same days through the real
 * dispatcher and its database and checks that every answer is the same.
 */
package fr.cci.hotline.routing.quality;
