package org.pharmadist.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token issued to an integration client. Only the SHA-256 digest of the token is stored
 * (the token is 256 random bits, so a fast digest suffices; a slow hash is for guessable passwords).
 * Valid until it expires or is revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Column(name = "client_name", nullable = false, length = 200)
    private String clientName;

    @Column(name = "token_sha256", nullable = false, unique = true, length = 64, columnDefinition = "bpchar(64)")
    private String tokenSha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected ApiToken() {
        // JPA
    }

    ApiToken(AppUser user, String clientName, String tokenSha256, Instant createdAt, Instant expiresAt, String createdBy) {
        this.user = user;
        this.clientName = clientName;
        this.tokenSha256 = tokenSha256;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    /** True when neither revoked nor expired at {@code now}. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() { return id; }
    public AppUser user() { return user; }
    public String clientName() { return clientName; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public String createdBy() { return createdBy; }
}
