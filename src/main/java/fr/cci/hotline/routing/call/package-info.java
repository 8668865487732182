/**
 * A caller's side of routing: joining the line, the waiting room (music, position, call-back key),
 * the after-dial script, and the PBX facts that follow an offered call to its end.
 */
package fr.cci.hotline.routing.call;
