/**
 * Reports computed from the case records: a day or a week by département, chamber, topic or
 * outcome, the calls per hour as an SVG chart, and the same figures as a CSV file for a French
 * spreadsheet.
 */
package fr.cci.hotline.supervision.reports;
