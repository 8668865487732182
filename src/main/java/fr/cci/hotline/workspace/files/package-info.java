/**
 * « Dossiers »: the case search page, and one case with its form (checked by cases, kept as a draft
 * while it is typed), for advisors, supervisors and administrators within the access rules.
 */
package fr.cci.hotline.workspace.files;
