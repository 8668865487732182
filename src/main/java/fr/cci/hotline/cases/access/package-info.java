/**
 * Cases as people reach them: the access rules (advisors: their chamber's cases and their own;
 * supervisors read all; administrators everything), the case form's checks (SIREN with its Luhn
 * key, reference partners, outcome), and the audit trail of every view and change.
 */
package fr.cci.hotline.cases.access;
