package org.pharmadist.platform.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pharmadist.platform.errors.BusinessException;

/**
 * The users screen ({@code security/users.xhtml}, permission {@code security:view}; changes need
 * {@code security:administer}): every user with roles, lockout and last login; per user the roles to
 * edit and save, and Unlock for a locked account. A refusal of the service is shown as a message.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityAdministration administration;

    @Inject
    SecurityContext security;

    private List<UserRow> users = List.of();
    private boolean allowed;

    /** View action: loads the users, or shows why the caller may not see them. */
    public void load() {
        allowed = refresh();
    }

    private boolean refresh() {
        try {
            users = administration.users().stream().map(UserRow::new).toList();
            return true;
        } catch (BusinessException e) {
            users = List.of();
            AdminPages.error(e.getMessage());
            return false;
        }
    }

    /** Saves the roles chosen for one user; the message appears beside the row's Save button. */
    public void saveRoles(UserRow row) {
        String messageFor = AdminPages.currentClientId();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : row.getSelectedRoles()) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                AdminPages.error(messageFor, "Unknown role " + name + ".");
                return;
            }
        }
        String caller = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        if (row.getUsername().equals(caller) && row.roles.contains(Role.ADMIN.name()) && !roles.contains(Role.ADMIN)) {
            AdminPages.error(messageFor, "You cannot remove your own ADMIN role (you could lock every administrator out); "
                    + "another administrator can.");
            row.setSelectedRoles(row.roles);
            return;
        }
        try {
            administration.assignRoles(row.getUsername(), roles);
        } catch (BusinessException e) {
            AdminPages.error(messageFor, e.getMessage());
            return;
        }
        refresh();
        AdminPages.info("Roles of " + row.getUsername() + " saved: "
                + (roles.isEmpty() ? "none" : roles.stream().map(Role::name).collect(Collectors.joining(", "))) + ".");
    }

    /** Lifts the lockout of one user. */
    public void unlock(UserRow row) {
        try {
            administration.unlock(row.getUsername());
        } catch (BusinessException e) {
            AdminPages.error(AdminPages.currentClientId(), e.getMessage());
            return;
        }
        refresh();
        AdminPages.info(row.getUsername() + " is unlocked.");
    }

    /** True when the users could be loaded (the caller has security:view). */
    public boolean isAllowed() {
        return allowed;
    }

    /** The users, by name. */
    public List<UserRow> getUsers() {
        return users;
    }

    /** The roles to choose from, in their declared order. */
    public List<String> getRoleNames() {
        return List.of(Role.NAMES);
    }

    /** One row of the users table: the user as loaded, and the roles being edited. */
    public static final class UserRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String username;
        private final String displayName;
        private final List<String> roles;
        private final boolean enabled;
        private final Instant lockedUntil;
        private final Instant lastLoginAt;
        private List<String> selectedRoles;

        UserRow(AccountService.UserSummary user) {
            this.username = user.username();
            this.displayName = user.displayName();
            this.roles = user.roles().stream().sorted().map(Role::name).toList();
            this.enabled = user.enabled();
            this.lockedUntil = user.lockedUntil();
            this.lastLoginAt = user.lastLoginAt();
            this.selectedRoles = new ArrayList<>(roles);
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        /** Roles held, comma separated in declared order, e.g. "MANAGER, FINANCE". */
        public String getRolesText() {
            return roles.isEmpty() ? "(none)" : String.join(", ", roles);
        }

        public boolean isEnabled() {
            return enabled;
        }

        /** True while a lockout is in force. */
        public boolean isLocked() {
            return lockedUntil != null && lockedUntil.isAfter(Instant.now());
        }

        /** End of the lockout in force (UTC), or "". */
        public String getLockedUntilText() {
            return isLocked() ? AdminPages.utc(lockedUntil) : "";
        }

        /** Last successful login (UTC), or "never". */
        public String getLastLoginText() {
            return lastLoginAt == null ? "never" : AdminPages.utc(lastLoginAt);
        }

        /** The roles chosen in the row's role menu. */
        public List<String> getSelectedRoles() {
            return selectedRoles;
        }

        public void setSelectedRoles(List<String> selectedRoles) {
            this.selectedRoles = selectedRoles == null ? new ArrayList<>() : new ArrayList<>(selectedRoles);
        }
    }
}
