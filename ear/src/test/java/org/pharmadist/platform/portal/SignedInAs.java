package org.pharmadist.platform.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which demo user a portal test class is signed in as before each test (default ADMIN when the
 * annotation is absent); the empty string leaves the browser signed out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SignedInAs {

    /** Role of the demo user, or "" for none. */
    String value();
}
