package fr.cci.hotline.cases;

/**
 * An organisation callers are oriented to (URSSAF, médiation du crédit…): reference data that
 * administrators edit. A withdrawn partner ({@code active == false}) stays on the cases that name
 * it but is no longer offered in the form.
 */
public record Partner(String code, String label, boolean active, int position) {}
