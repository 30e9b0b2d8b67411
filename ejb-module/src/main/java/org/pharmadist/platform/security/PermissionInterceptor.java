package org.pharmadist.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks {@link RequiresPermission} before the service runs; a refusal throws
 * {@link PermissionDeniedException} and is recorded in the security audit.
 */
@RequiresPermission
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PermissionInterceptor {

    @Inject
    SecurityContext security;

    @Inject
    PermissionMatrix matrix;

    @Inject
    SecurityAuditLog audit;

    @AroundInvoke
    Object check(InvocationContext ctx) throws Exception {
        RequiresPermission required = ctx.getMethod().getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = ctx.getMethod().getDeclaringClass().getAnnotation(RequiresPermission.class);
        }
        if (required == null || required.module().isEmpty()) {
            return ctx.proceed();
        }
        Principal caller = security.getCallerPrincipal();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (caller != null && security.isCallerInRole(r.name())) {
                roles.add(r);
            }
        }
        if (!matrix.allows(roles, required.module(), required.action())) {
            String permission = required.module() + ":" + required.action();
            audit.record(SecurityAuditLog.Event.PERMISSION_DENIED, caller == null ? null : caller.getName(),
                    caller == null ? "anonymous" : caller.getName(),
                    permission + " on " + ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName(),
                    null);
            throw new PermissionDeniedException(permission);
        }
        return ctx.proceed();
    }
}
