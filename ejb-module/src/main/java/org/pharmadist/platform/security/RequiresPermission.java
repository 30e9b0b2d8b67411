package org.pharmadist.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards an EJB service method (or every method of a class) with a permission of the matrix: the
 * caller needs a role granted {@code module:action}. Checked by {@link PermissionInterceptor} in the
 * EJB layer, so hiding a button is never the only protection.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** Module, e.g. "catalog". */
    @Nonbinding
    String module() default "";

    /** Action, e.g. "view". */
    @Nonbinding
    String action() default "";
}
