package fr.cci.hotline.cases;

import java.util.List;

/** The reference list of orientation partners: read by everyone, edited by administrators. */
public interface OrientationPartners {

  /** Every partner, withdrawn ones included, in the list's order. */
  List<Partner> all();

  /** The partners the case form offers. */
  List<Partner> offered();

  /**
   * Adds or changes a partner.
   *
   * @throws FieldsRefused naming the field at fault (code, label)
   */
  Partner save(Partner partner);
}
