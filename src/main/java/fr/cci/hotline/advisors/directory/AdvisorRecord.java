package fr.cci.hotline.advisors.directory;

import fr.cci.hotline.advisors.Advisor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.domain.Persistable;

/**
 * An advisor as stored. The id is chosen by people ({@code adv101}), so the entity says itself
 * whether it is new: saving a new one must insert (and fail on a duplicate), never overwrite.
 */
@Entity
@Table(name = "advisor")
public class AdvisorRecord implements Persistable<String> {

  @Id
  @Column(length = 32)
  private String id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 64)
  private String chamber;

  @Column(nullable = false, length = 100)
  private String phone;

  @Column(nullable = false)
  private boolean active;

  @Column(length = 64)
  private String username;

  @ElementCollection
  @CollectionTable(name = "advisor_department", joinColumns = @JoinColumn(name = "advisor_id"))
  @Column(name = "department", length = 3, nullable = false)
  private Set<String> departments = new HashSet<>();

  @Transient private boolean fresh;

  protected AdvisorRecord() {}

  public AdvisorRecord(String id) {
    this.id = id;
    this.active = true;
    this.fresh = true;
  }

  public void describe(
      String name, String chamber, String phone, Collection<String> departments, String username) {
    this.name = name;
    this.chamber = chamber;
    this.phone = phone;
    this.departments.clear();
    this.departments.addAll(departments);
    this.username = username;
  }

  public void activate(boolean active) {
    this.active = active;
  }

  Advisor toAdvisor() {
    return new Advisor(id, name, chamber, phone, departments, active);
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }

  public String name() {
    return name;
  }

  public String chamber() {
    return chamber;
  }

  public String phone() {
    return phone;
  }

  public boolean active() {
    return active;
  }

  public String username() {
    return username;
  }

  public Set<String> departments() {
    return Set.copyOf(departments);
  }
}
