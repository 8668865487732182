package fr.cci.hotline.cases.partners;

import fr.cci.hotline.cases.FieldsRefused;
import fr.cci.hotline.cases.OrientationPartners;
import fr.cci.hotline.cases.Partner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The orientation partners in the {@code orientation_partner} table (seeded by V20). */
@Service
class StoredPartners implements OrientationPartners {

  /** Codes end up comma-joined in a case's orientation: no comma, no space. */
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  private final PartnerRecords records;

  StoredPartners(PartnerRecords records) {
    this.records = records;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Partner> all() {
    return records.inOrder().stream().map(PartnerRecord::partner).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Partner> offered() {
    return all().stream().filter(Partner::active).toList();
  }

  @Override
  @Transactional
  public Partner save(Partner partner) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (partner.code() == null || !CODE.matcher(partner.code()).matches()) {
      errors.put("code", "cases.invalid.partner-code");
    }
    if (partner.label() == null || partner.label().isBlank() || partner.label().length() > 200) {
      errors.put("label", "cases.invalid.partner-label");
    }
    if (!errors.isEmpty()) {
      throw new FieldsRefused(errors);
    }
    PartnerRecord record =
        records.findById(partner.code()).orElseGet(() -> new PartnerRecord(partner.code()));
    record.describe(partner);
    return records.save(record).partner();
  }
}
