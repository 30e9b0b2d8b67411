package org.pharmadist.platform.security;

/**
 * A user's roles or the permission matrix changed; cached profiles are dropped after commit.
 *
 * @param username the user concerned, or null when the matrix changed (everyone)
 */
public record SecurityChanged(String username) { }
