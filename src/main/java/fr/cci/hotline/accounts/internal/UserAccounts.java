package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.Role;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored user accounts. */
interface UserAccounts extends JpaRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  boolean existsByRole(Role role);
}
