package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in to the pages or the API. */
@Entity
@Table(name = "user_account")
class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  protected UserAccount() {}

  UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  Role role() {
    return role;
  }

  boolean enabled() {
    return enabled;
  }

  Instant createdAt() {
    return createdAt;
  }

  boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  /** An account without a usable password until an administrator sets one. */
  static UserAccount waitingForPassword(
      String username, String unusableHash, Role role, Instant createdAt) {
    UserAccount account = new UserAccount(username, unusableHash, role, createdAt);
    account.enabled = false;
    return account;
  }

  /** A password an administrator gave: usable once, to choose one's own. */
  void passwordSetByAdministrator(String hash) {
    this.passwordHash = hash;
    this.enabled = true;
    this.passwordChangeRequired = true;
  }

  void passwordChosen(String hash) {
    this.passwordHash = hash;
    this.enabled = true;
    this.passwordChangeRequired = false;
  }
}
