package fr.cci.hotline.advisors.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The stored advisors. */
public interface AdvisorRecords extends JpaRepository<AdvisorRecord, String> {

  @Query("select distinct a from AdvisorRecord a left join fetch a.departments order by a.id")
  List<AdvisorRecord> findAllWithDepartments();

  @Query(
      "select distinct a from AdvisorRecord a left join fetch a.departments"
          + " where a.active = true order by a.id")
  List<AdvisorRecord> findActiveWithDepartments();

  @Query("select a from AdvisorRecord a left join fetch a.departments where a.id = ?1")
  Optional<AdvisorRecord> findWithDepartments(String id);

  @Query(
      "select a from AdvisorRecord a left join fetch a.departments"
          + " where a.phone = ?1 and a.active = true")
  List<AdvisorRecord> findActiveByPhone(String phone);

  @Query(
      "select a from AdvisorRecord a left join fetch a.departments"
          + " where a.username = ?1 and a.active = true")
  Optional<AdvisorRecord> findActiveByUsername(String username);

  boolean existsByUsernameAndIdNot(String username, String id);

  boolean existsByPhoneAndActiveTrueAndIdNot(String phone, String id);
}
