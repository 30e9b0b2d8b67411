package org.pharmadist.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** An API token from an {@code Authorization: Bearer} header. */
public final class BearerTokenCredential implements Credential {

    private final String token;

    public BearerTokenCredential(String token) {
        this.token = token;
    }

    /** The token text. */
    public String token() {
        return token;
    }
}
