package org.pharmadist.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The permission matrix: which role may perform which action ("view", "create", "approve", ...) in
 * which module ("catalog", "sales", ...). Kept as data (table {@code role_permission}), edited by
 * ADMIN, held in memory and reloaded after a committed change (on other cluster nodes: within
 * {@value #MAX_AGE_SECONDS} s).
 */
@ApplicationScoped
public class PermissionMatrix {

    /** Modules and the actions the matrix knows for each (later modules add theirs). */
    public static final Map<String, List<String>> MODULE_ACTIONS = Map.of(
            "catalog", List.of("view", "create", "edit", "import"),
            "inventory", List.of("view", "move", "adjust", "release"),
            "procurement", List.of("view", "order", "receive", "invoice"),
            "crm", List.of("view", "edit"),
            "sales", List.of("view", "quote", "order", "price", "ship", "credit-release"),
            "finance", List.of("view", "invoice", "payment"),
            "insights", List.of("view"),
            "security", List.of("view", "administer"),
            "audit", List.of("view"),
            "compliance", List.of("view", "recall", "release"));

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Event<SecurityChanged> changes;

    static final long MAX_AGE_SECONDS = 30;

    private volatile Map<Role, Set<String>> byRole;
    private volatile long loadedAtNanos;

    /** True when any of the roles may perform the action in the module. */
    public boolean allows(Collection<Role> roles, String module, String action) {
        Map<Role, Set<String>> m = matrix();
        String key = module + ":" + action;
        for (Role r : roles) {
            if (m.getOrDefault(r, Set.of()).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Effective permissions of these roles as sorted "module:action" strings. */
    public List<String> permissionsOf(Collection<Role> roles) {
        Set<String> all = new TreeSet<>();
        Map<Role, Set<String>> m = matrix();
        roles.forEach(r -> all.addAll(m.getOrDefault(r, Set.of())));
        return List.copyOf(all);
    }

    /** The whole matrix, role to "module:action" set. */
    public Map<Role, Set<String>> matrix() {
        Map<Role, Set<String>> m = byRole;
        long now = System.nanoTime();
        if (m == null || now - loadedAtNanos > MAX_AGE_SECONDS * 1_000_000_000L) {
            m = load();
            byRole = m;
            loadedAtNanos = now;
        }
        return m;
    }

    /**
     * Grants or withdraws one permission (ADMIN), recorded in the security audit.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException for an unknown module or action
     */
    @Transactional
    public void set(Role role, String module, String action, boolean granted, String actor) {
        List<String> actions = MODULE_ACTIONS.get(module);
        if (actions == null || !actions.contains(action)) {
            throw new org.pharmadist.platform.errors.InvalidInputException("invalid-permission", "permission",
                    "unknown permission " + module + ":" + action);
        }
        if (!granted && role == Role.ADMIN && "security".equals(module)) {
            throw new org.pharmadist.platform.errors.InvalidInputException("admin-keeps-security", "permission",
                    "ADMIN always keeps security:" + action + ", so that someone can administer security");
        }
        if (granted) {
            em.createNativeQuery("INSERT INTO role_permission (role, module, action) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                    .setParameter(1, role.name()).setParameter(2, module).setParameter(3, action).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM role_permission WHERE role = ?1 AND module = ?2 AND action = ?3")
                    .setParameter(1, role.name()).setParameter(2, module).setParameter(3, action).executeUpdate();
        }
        audit.record(SecurityAuditLog.Event.PERMISSIONS_CHANGED, null, actor,
                (granted ? "granted " : "withdrew ") + module + ":" + action + " for " + role, null);
        changes.fire(new SecurityChanged(null));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityChanged change) {
        if (change.username() == null) {
            byRole = null;
        }
    }

    private Map<Role, Set<String>> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT role, module, action FROM role_permission").getResultList();
        Map<Role, Set<String>> m = new EnumMap<>(Role.class);
        for (Object[] r : rows) {
            m.computeIfAbsent(Role.valueOf((String) r[0]), k -> new HashSet<>()).add(r[1] + ":" + r[2]);
        }
        Map<Role, Set<String>> frozen = new EnumMap<>(Role.class);
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return frozen;
    }

    /** Every "module:action" the matrix knows, sorted. */
    public List<String> allPermissions() {
        List<String> all = new ArrayList<>();
        MODULE_ACTIONS.forEach((module, actions) -> actions.forEach(a -> all.add(module + ":" + a)));
        all.sort(null);
        return all;
    }
}
