/** The dialplan subset the simulator reads from {@code extensions.conf}, and its expressions. */
package fr.cci.hotline.simulator.dialplan;
