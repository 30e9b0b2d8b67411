package org.pharmadist.platform.security;

import java.time.Instant;

/**
 * A newly issued API token. The token text is shown once and never stored.
 *
 * @param id        token id (to revoke it)
 * @param token     the bearer token: 43 characters of URL-safe Base64 (256 random bits)
 * @param expiresAt when it stops working (UTC)
 */
public record IssuedToken(long id, String token, Instant expiresAt) { }
