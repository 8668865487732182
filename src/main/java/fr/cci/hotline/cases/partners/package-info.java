/**
 * The reference list of orientation partners (URSSAF, médiation du crédit…) that the case form
 * offers and administrators edit.
 */
package fr.cci.hotline.cases.partners;
