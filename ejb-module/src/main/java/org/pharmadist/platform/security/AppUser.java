package org.pharmadist.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person or integration client that signs in. Holds the password hash (never returned or
 * logged), the roles, and the brute-force state: after {@value #MAX_FAILED_LOGINS} failed logins
 * the account is locked for a delay that doubles with each lockout (1, 2, 4 ... minutes, at most
 * {@value #MAX_LOCK_MINUTES} minutes), following OWASP's authentication guidance.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    /** Failed logins in a row that lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** Longest lock. */
    public static final long MAX_LOCK_MINUTES = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "lockouts", nullable = false)
    private int lockouts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
        // JPA
    }

    /**
     * A new enabled user.
     *
     * @param username     lower-case login name, 2-100 of a-z 0-9 . _ -
     * @param passwordHash hash from the password hasher, or null for token-only integration clients
     */
    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    /** True while a lockout is in force at {@code now}. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Records a failed login; the fifth in a row locks the account.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            long minutes = Math.min(MAX_LOCK_MINUTES, 1L << Math.min(lockouts, 20));
            lockedUntil = now.plus(Duration.ofMinutes(minutes));
            lockouts++;
            failedLogins = 0;
            return true;
        }
        return false;
    }

    /** Lifts a lockout (ADMIN action) and forgets the failures and the escalation. */
    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
        lockouts = 0;
    }

    /** Replaces the password hash (password change or a re-hash at stronger parameters). */
    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    /** Replaces the roles. */
    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    /** The stored hash: for verification only; never return or log it. */
    String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
    public int failedLogins() { return failedLogins; }
    public int lockouts() { return lockouts; }
    public Instant lockedUntil() { return lockedUntil; }
    public Instant lastLoginAt() { return lastLoginAt; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public long version() { return version; }
}
