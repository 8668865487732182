package fr.cci.hotline.advisors.directory;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisors as stored in the {@code advisor} table. */
@Service
@Transactional(readOnly = true)
public class StoredAdvisorDirectory implements AdvisorDirectory {

  private final AdvisorRecords records;

  StoredAdvisorDirectory(AdvisorRecords records) {
    this.records = records;
  }

  @Override
  public List<Advisor> active() {
    return records.findActiveWithDepartments().stream().map(AdvisorRecord::toAdvisor).toList();
  }

  @Override
  public Optional<Advisor> find(String advisorId) {
    return records.findWithDepartments(advisorId).map(AdvisorRecord::toAdvisor);
  }

  @Override
  public Optional<Advisor> findByPhone(String deviceOrDialString) {
    if (deviceOrDialString == null || deviceOrDialString.isBlank()) {
      return Optional.empty();
    }
    return records.findActiveByPhone(AdvisorFormats.phoneOf(deviceOrDialString)).stream()
        .findFirst()
        .map(AdvisorRecord::toAdvisor);
  }

  @Override
  public Optional<Advisor> findByUsername(String username) {
    return records.findActiveByUsername(username).map(AdvisorRecord::toAdvisor);
  }
}
