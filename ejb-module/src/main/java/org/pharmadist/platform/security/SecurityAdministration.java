package org.pharmadist.platform.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administration of users, roles, the permission matrix and API tokens (permission
 * {@code security:administer}), and the security audit trail ({@code audit:view}). The acting user
 * is recorded with every change.
 */
@Stateless
public class SecurityAdministration {

    @Inject
    AccountService accounts;

    @Inject
    PermissionMatrix matrix;

    @Inject
    SecurityAuditLog audit;

    @Inject
    SecurityContext security;

    private String actor() {
        return security.getCallerPrincipal() == null ? "anonymous" : security.getCallerPrincipal().getName();
    }

    /** All users. */
    @RequiresPermission(module = "security", action = "view")
    public List<AccountService.UserSummary> users() {
        return accounts.users();
    }

    /** Replaces a user's roles. */
    @RequiresPermission(module = "security", action = "administer")
    public void assignRoles(String username, Set<Role> roles) {
        accounts.assignRoles(username, roles, actor());
    }

    /** Lifts a lockout. */
    @RequiresPermission(module = "security", action = "administer")
    public void unlock(String username) {
        accounts.unlock(username, actor());
    }

    /** Issues an API token; its text is returned once. */
    @RequiresPermission(module = "security", action = "administer")
    public IssuedToken issueToken(String username, String clientName, int validityDays) {
        return accounts.issueToken(username, clientName, Duration.ofDays(validityDays), actor());
    }

    /** All API tokens, newest first (no token text or digest). */
    @RequiresPermission(module = "security", action = "view")
    public List<TokenSummary> tokens() {
        return accounts.tokens();
    }

    /** Revokes an API token. */
    @RequiresPermission(module = "security", action = "administer")
    public void revokeToken(long tokenId) {
        accounts.revokeToken(tokenId, actor());
    }

    /** The permission matrix, role to "module:action". */
    @RequiresPermission(module = "security", action = "view")
    public Map<Role, Set<String>> permissionMatrix() {
        return matrix.matrix();
    }

    /** Grants or withdraws one permission. */
    @RequiresPermission(module = "security", action = "administer")
    public void setPermission(Role role, String module, String action, boolean granted) {
        matrix.set(role, module, action, granted, actor());
    }

    /** Newest security audit entries. */
    @RequiresPermission(module = "audit", action = "view")
    public List<SecurityAuditLog.Entry> auditTrail(int limit) {
        return audit.latest(limit);
    }
}
