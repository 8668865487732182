package fr.cci.hotline.accounts.internal;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the {@code user_account} table. */
@Service
class StoredUserDetails implements UserDetailsService {

  private final UserAccounts accounts;

  StoredUserDetails(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .authorities(authorities(account))
        .disabled(!account.enabled())
        .build();
  }

  /** The role, and a mark that keeps the account on the password page until it has its own. */
  static List<SimpleGrantedAuthority> authorities(UserAccount account) {
    SimpleGrantedAuthority role = new SimpleGrantedAuthority(account.role().authority());
    return account.passwordChangeRequired()
        ? List.of(role, new SimpleGrantedAuthority(PasswordChange.REQUIRED))
        : List.of(role);
  }
}
