/** Whether the line is open: weekly rules, French public holidays and exceptional closures. */
package fr.cci.hotline.ivr.hours;
