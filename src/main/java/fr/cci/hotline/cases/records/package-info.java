/**
 * The case records themselves: one row per call and its life cycle, the rings of advisors' phones,
 * what a journal entry changes in them, the previous-advisor lookup, retention, and the JSON view.
 */
package fr.cci.hotline.cases.records;
