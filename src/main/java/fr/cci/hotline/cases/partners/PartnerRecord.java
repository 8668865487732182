package fr.cci.hotline.cases.partners;

import fr.cci.hotline.cases.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An orientation partner as stored. */
@Entity
@Table(name = "orientation_partner")
class PartnerRecord {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String label;

  @Column(nullable = false)
  private boolean active;

  @Column(nullable = false)
  private int position;

  protected PartnerRecord() {}

  PartnerRecord(String code) {
    this.code = code;
  }

  void describe(Partner partner) {
    this.label = partner.label().strip();
    this.active = partner.active();
    this.position = partner.position();
  }

  Partner partner() {
    return new Partner(code, label, active, position);
  }
}
