package org.pharmadist.platform.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Who the caller is and what they may do: the body of {@code GET /api/v1/me}.
 *
 * @param username    login name
 * @param displayName name to show
 * @param roles       roles held
 * @param permissions effective permissions as "module:action" (e.g. "catalog:view"), sorted
 */
public record CallerProfile(String username, String displayName, Set<Role> roles, List<String> permissions)
        implements Serializable { }
