package org.pharmadist.platform.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pharmadist.platform.errors.BusinessException;

/**
 * The permission matrix screen ({@code security/permissions.xhtml}, permission {@code security:view};
 * changes need {@code security:administer}): one row per "module:action", one column per role, a
 * check box per cell that grants or withdraws at once.
 *
 * <p>ADMIN's {@code security:view} and {@code security:administer} cannot be withdrawn here: that would
 * leave no one able to administer security, this screen included.
 */
@Named
@ViewScoped
public class PermissionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Cells that stay granted: withdrawing them would lock every administrator out. */
    private static final Set<String> ADMIN_KEEPS = Set.of("security:view", "security:administer");

    @Inject
    SecurityAdministration administration;

    private boolean allowed;
    private List<PermissionRow> rows = List.of();

    /** View action: loads the matrix, or shows why the caller may not see it. */
    public void load() {
        allowed = refresh();
    }

    private boolean refresh() {
        Map<Role, Set<String>> matrix;
        try {
            matrix = administration.permissionMatrix();
        } catch (BusinessException e) {
            rows = List.of();
            AdminPages.error(e.getMessage());
            return false;
        }
        List<PermissionRow> out = new ArrayList<>();
        PermissionMatrix.MODULE_ACTIONS.keySet().stream().sorted().forEach(module ->
                PermissionMatrix.MODULE_ACTIONS.get(module).forEach(action -> {
                    PermissionRow row = new PermissionRow(module, action);
                    for (Role role : Role.values()) {
                        row.granted.put(role.name(), matrix.getOrDefault(role, Set.of()).contains(row.getPermission()));
                    }
                    out.add(row);
                }));
        rows = out;
        return true;
    }

    /** Ajax listener of a cell: grants or withdraws the permission as the check box now says. */
    public void toggle(PermissionRow row, String roleName) {
        boolean granted = Boolean.TRUE.equals(row.granted.get(roleName));
        if (isFixed(row, roleName)) {
            row.granted.put(roleName, true);
            AdminPages.error("ADMIN keeps " + row.getPermission() + ": without it no one could administer security.");
            return;
        }
        try {
            administration.setPermission(Role.valueOf(roleName), row.module, row.action, granted);
        } catch (BusinessException | IllegalArgumentException e) {
            row.granted.put(roleName, !granted);
            AdminPages.error(e.getMessage());
            return;
        }
        refresh();
        AdminPages.info((granted ? "Granted " : "Withdrew ") + row.getPermission() + (granted ? " to " : " from ")
                + roleName + ".");
    }

    /** True for the cells that cannot be changed here (ADMIN's security permissions). */
    public boolean isFixed(PermissionRow row, String roleName) {
        return Role.ADMIN.name().equals(roleName) && ADMIN_KEEPS.contains(row.getPermission());
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** One row per "module:action", by module. */
    public List<PermissionRow> getRows() {
        return rows;
    }

    /** The columns: all roles in their declared order. */
    public List<String> getRoles() {
        return List.of(Role.NAMES);
    }

    /** One "module:action" and, per role name, whether it is granted. */
    public static final class PermissionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String module;
        private final String action;
        private final HashMap<String, Boolean> granted = new HashMap<>();

        PermissionRow(String module, String action) {
            this.module = module;
            this.action = action;
        }

        /** "module:action", e.g. "catalog:view". */
        public String getPermission() {
            return module + ":" + action;
        }

        public String getModule() {
            return module;
        }

        public String getAction() {
            return action;
        }

        /** Role name to granted; the check boxes write into it. */
        public Map<String, Boolean> getGranted() {
            return granted;
        }
    }
}
