package org.pharmadist.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a create whose answer holds a secret shown once (an API token). The idempotency store keeps
 * only its status, never its body; a retry with the same Idempotency-Key gets 409 instead of a copy.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SecretResponse {
}
