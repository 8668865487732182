/**
 * The cases' HTTP API: search, the opened case, the form, the orientation partners, a caller's data
 * export and erasure, the audit trail; and its French problem details.
 */
package fr.cci.hotline.cases.web;
