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
 */
@ApplicationScoped
public class CallerProfiles {

    static final int MAX_ENTRIES = 50_000;

    @Inject
    AccountService accounts;

    @Inject
    PermissionMatrix permissions;

    private final Map<String, CallerProfile> cache = new ConcurrentHashMap<>();

    /**
     * The profile of a signed-in user.
     *
     * @throws RecordNotFoundException when the user no longer exists
     */
    public CallerProfile of(String username) {
        CallerProfile p = cache.get(username);
        if (p != null) {
            return p;
        }
        AppUser user = accounts.find(username).orElseThrow(() ->
                new RecordNotFoundException("user-not-found", "No user " + username));
        p = new CallerProfile(user.username(), user.displayName(), user.roles(), permissions.permissionsOf(user.roles()));
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(username, p);
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
