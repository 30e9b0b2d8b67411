package org.pharmadist.platform.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;

/**
 * Accounts: password logins with brute-force lockout, API tokens for integration clients, roles.
 * Every login, failure, lockout, unlock, role change and token change is written to the
 * {@link SecurityAuditLog}.
 */
@Stateless
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest token validity. */
    public static final Duration MAX_TOKEN_VALIDITY = Duration.ofDays(366);

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Event<SecurityChanged> changes;

    private static volatile String timingDummyHash;

    /**
     * Checks a username and password. Unknown users cost the same hash time as known ones.
     * A locked account is refused without checking the password; the fifth failure in a row locks it.
     * A hash made with weaker parameters is replaced on success.
     */
    public LoginResult login(String username, char[] password, String remoteAddr) {
        String name = normalise(username);
        Instant now = Instant.now();
        List<AppUser> found = name.isEmpty() ? List.of() : em.createQuery(
                        "SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", name).getResultList();
        if (found.isEmpty()) {
            hasher.verify(password, dummyHash());
            audit.record(SecurityAuditLog.Event.LOGIN_FAILED, name, name, "unknown user", remoteAddr);
            return new LoginResult(LoginResult.Status.INVALID, name, Set.of(), null);
        }
        AppUser user = found.get(0);
        if (user.isLockedAt(now)) {
            audit.record(SecurityAuditLog.Event.LOGIN_WHILE_LOCKED, name, name, "locked until " + user.lockedUntil(), remoteAddr);
            return new LoginResult(LoginResult.Status.LOCKED, name, Set.of(), user.lockedUntil());
        }
        // The hash is checked without holding a row lock, so logins of one account do not queue behind each other.
        if (!hasher.verify(password, user.passwordHash())) {
            em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
            if (user.isLockedAt(now)) {
                return new LoginResult(LoginResult.Status.LOCKED, name, Set.of(), user.lockedUntil());
            }
            boolean locked = user.recordFailedLogin(now);
            audit.record(SecurityAuditLog.Event.LOGIN_FAILED, name, name, "wrong password", remoteAddr);
            if (locked) {
                audit.record(SecurityAuditLog.Event.LOCKED_OUT, name, "system",
                        AppUser.MAX_FAILED_LOGINS + " failed logins; locked until " + user.lockedUntil(), remoteAddr);
                return new LoginResult(LoginResult.Status.LOCKED, name, Set.of(), user.lockedUntil());
            }
            return new LoginResult(LoginResult.Status.INVALID, name, Set.of(), null);
        }
        if (!user.enabled()) {
            audit.record(SecurityAuditLog.Event.LOGIN_FAILED, name, name, "account disabled", remoteAddr);
            return new LoginResult(LoginResult.Status.DISABLED, name, Set.of(), null);
        }
        if (hasher.needsRehash(user.passwordHash())) {
            user.changePasswordHash(hasher.hash(password));
            audit.record(SecurityAuditLog.Event.PASSWORD_REHASHED, name, "system",
                    "re-hashed with " + PasswordHasher.ALGORITHM + " " + PasswordHasher.ITERATIONS, remoteAddr);
        }
        em.createQuery("UPDATE AppUser u SET u.failedLogins = 0, u.lastLoginAt = :now WHERE u.id = :id")
                .setParameter("now", now).setParameter("id", user.id()).executeUpdate();
        audit.record(SecurityAuditLog.Event.LOGIN, name, name, "password", remoteAddr);
        return new LoginResult(LoginResult.Status.SUCCESS, name, user.roles(), null);
    }

    private String dummyHash() {
        String h = timingDummyHash;
        if (h == null) {
            h = hasher.hash("timing-equaliser".toCharArray());
            timingDummyHash = h;
        }
        return h;
    }

    /**
     * The identity behind a bearer token, when it is known, not revoked and not expired.
     *
     * @param token the token text as sent in {@code Authorization: Bearer <token>}
     */
    public Optional<CallerIdentity> authenticateToken(String token, String remoteAddr) {
        if (token == null || token.length() < 20 || token.length() > 200) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenSha256 = :d", ApiToken.class)
                .setParameter("d", sha256(token)).getResultList();
        Instant now = Instant.now();
        if (found.isEmpty() || !found.get(0).isValidAt(now) || !found.get(0).user().enabled()) {
            audit.record(SecurityAuditLog.Event.TOKEN_REJECTED, found.isEmpty() ? null : found.get(0).user().username(),
                    "system", found.isEmpty() ? "unknown token" : "token revoked or expired", remoteAddr);
            return Optional.empty();
        }
        AppUser user = found.get(0).user();
        return Optional.of(new CallerIdentity(user.username(), user.roles()));
    }

    /**
     * Issues a bearer token for an integration client.
     *
     * @param username   the account the token acts as (usually one with role INTEGRATION)
     * @param clientName what the token is for, e.g. "ERP bridge at Acme Hospital"
     * @param validity   1 day to {@link #MAX_TOKEN_VALIDITY}
     * @param actor      the admin issuing it
     */
    public IssuedToken issueToken(String username, String clientName, Duration validity, String actor) {
        if (clientName == null || clientName.isBlank()) {
            throw new InvalidInputException("invalid-client-name", "clientName", "give the client a name");
        }
        if (validity.compareTo(Duration.ofDays(1)) < 0 || validity.compareTo(MAX_TOKEN_VALIDITY) > 0) {
            throw new InvalidInputException("invalid-validity", "validityDays", "validity must be 1 to 366 days");
        }
        AppUser user = user(username);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now();
        ApiToken t = new ApiToken(user, clientName.strip(), sha256(token), now, now.plus(validity), actor);
        em.persist(t);
        em.flush();
        audit.record(SecurityAuditLog.Event.TOKEN_ISSUED, user.username(), actor,
                "token " + t.id() + " for " + t.clientName() + ", expires " + t.expiresAt(), null);
        return new IssuedToken(t.id(), token, t.expiresAt());
    }

    /** Revokes a token at once. */
    public void revokeToken(long tokenId, String actor) {
        ApiToken t = em.find(ApiToken.class, tokenId);
        if (t == null) {
            throw new RecordNotFoundException("token-not-found", "No API token " + tokenId);
        }
        t.revoke(Instant.now());
        audit.record(SecurityAuditLog.Event.TOKEN_REVOKED, t.user().username(), actor, "token " + tokenId, null);
    }

    /** Lifts a lockout. */
    public void unlock(String username, String actor) {
        AppUser user = user(username);
        user.unlock();
        audit.record(SecurityAuditLog.Event.UNLOCKED, user.username(), actor, "unlocked by " + actor, null);
    }

    /** Replaces a user's roles; the user's cached profile is dropped after commit. */
    public void assignRoles(String username, Set<Role> roles, String actor) {
        AppUser user = user(username);
        Set<Role> before = user.roles();
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            long otherAdmins = em.createQuery("SELECT count(u) FROM AppUser u JOIN u.roles r WHERE r = :admin "
                    + "AND u.enabled = true AND u.id <> :id", Long.class)
                    .setParameter("admin", Role.ADMIN).setParameter("id", user.id()).getSingleResult();
            if (otherAdmins == 0) {
                throw new LastAdministratorException();
            }
        }
        user.assignRoles(roles);
        audit.record(SecurityAuditLog.Event.ROLES_CHANGED, user.username(), actor, before + " -> " + roles, null);
        changes.fire(new SecurityChanged(user.username()));
    }

    /**
     * Creates a user.
     *
     * @param password null for a token-only integration client
     * @throws ConflictException code "username-taken"
     */
    public void createUser(String username, String displayName, char[] password, Set<Role> roles, String actor) {
        String name = normalise(username);
        if (!name.matches("[a-z0-9._-]{2,100}")) {
            throw new InvalidInputException("invalid-username", "username", "2 to 100 of a-z, 0-9, dot, underscore, hyphen");
        }
        if (password != null && password.length < 12) {
            throw new InvalidInputException("weak-password", "password", "at least 12 characters");
        }
        if (!em.createQuery("SELECT u.id FROM AppUser u WHERE u.username = :u").setParameter("u", name).getResultList().isEmpty()) {
            throw new ConflictException("username-taken", "User " + name + " already exists");
        }
        em.persist(new AppUser(name, displayName, password == null ? null : hasher.hash(password),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), Instant.now()));
        audit.record(SecurityAuditLog.Event.USER_CREATED, name, actor, "roles " + roles, null);
    }

    /** True when a user with that name exists. */
    public boolean exists(String username) {
        return !em.createQuery("SELECT u.id FROM AppUser u WHERE u.username = :u")
                .setParameter("u", normalise(username)).getResultList().isEmpty();
    }

    /** All users, by name. */
    public List<UserSummary> users() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList().stream()
                .map(u -> new UserSummary(u.username(), u.displayName(), u.roles(), u.enabled(), u.lockedUntil(),
                        u.lastLoginAt()))
                .toList();
    }

    /** All API tokens, newest first, without the token digests. */
    public List<TokenSummary> tokens() {
        return em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class).getResultList().stream()
                .map(t -> new TokenSummary(t.id(), t.user().username(), t.clientName(), t.createdAt(), t.expiresAt(),
                        t.revokedAt(), t.createdBy()))
                .toList();
    }

    /** The user's name, display name and roles, or empty. */
    public Optional<AppUser> find(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", normalise(username)).getResultStream().findFirst();
    }

    private AppUser user(String username) {
        return find(username).orElseThrow(() -> new RecordNotFoundException("user-not-found", "No user " + username));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refused: the change would leave no enabled ADMIN, and nobody could administer security any more. */
    public static class LastAdministratorException extends org.pharmadist.platform.errors.BusinessException {
        private static final long serialVersionUID = 1L;

        LastAdministratorException() {
            super("last-administrator", "At least one enabled user must keep the ADMIN role.", null);
        }

        @Override
        public Kind kind() {
            return Kind.RULE_VIOLATION;
        }
    }

    /**
     * One user for the admin screen (no password hash).
     *
     * @param lockedUntil end of a lockout in force, or null
     */
    public record UserSummary(String username, String displayName, Set<Role> roles, boolean enabled, Instant lockedUntil,
            Instant lastLoginAt) implements java.io.Serializable { }

    /**
     * An authenticated caller.
     *
     * @param username login name
     * @param roles    roles held
     */
    public record CallerIdentity(String username, Set<Role> roles) { }
}
