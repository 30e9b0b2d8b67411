package org.pharmadist.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pharmadist.platform.errors.RecordNotFoundException;

/**
 * Per-user cache of {@link CallerProfile}s behind {@code GET /api/v1/me} and the portal header: one
 * database read per user until their roles or the permission matrix change (dropped after commit),
 * then a map lookup. Bounded: cleared when it grows past {@value #MAX_ENTRIES} users.
 *
 * <p>The invalidation event reaches only the node where the change was committed; other nodes of a
 * cluster drop their entry after at most {@value #MAX_AGE_SECONDS} s. (A cluster-wide invalidation
 * through the distributed cache is the cluster issue's work.)
 */
@ApplicationScoped
public class CallerProfiles {

    static final int MAX_ENTRIES = 50_000;
    static final long MAX_AGE_SECONDS = 30;

    @Inject
    AccountService accounts;

    @Inject
    PermissionMatrix permissions;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(CallerProfile profile, long loadedAtNanos) { }

    /**
     * The profile of a signed-in user.
     *
     * @throws RecordNotFoundException when the user no longer exists
     */
    public CallerProfile of(String username) {
        Cached c = cache.get(username);
        long now = System.nanoTime();
        if (c != null && now - c.loadedAtNanos() < MAX_AGE_SECONDS * 1_000_000_000L) {
            return c.profile();
        }
        AppUser user = accounts.find(username).orElseThrow(() ->
                new RecordNotFoundException("user-not-found", "No user " + username));
        CallerProfile p = new CallerProfile(user.username(), user.displayName(), user.roles(),
                permissions.permissionsOf(user.roles()));
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(username, new Cached(p, now));
        return p;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityChanged change) {
        if (change.username() == null) {
            cache.clear();
        } else {
            cache.remove(change.username());
        }
    }
}
