package org.pharmadist.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with Jakarta Security's {@link Pbkdf2PasswordHash} (the server's implementation)
 * at the OWASP Password Storage Cheat Sheet strength for PBKDF2: HMAC-SHA512, {@value #ITERATIONS}
 * iterations, 32-byte salt, 64-byte key. Stored format:
 * {@code PBKDF2WithHmacSHA512:<iterations>:<salt base64>:<hash base64>}.
 *
 * <p>The parameters can be raised later: {@link #needsRehash(String)} tells whether a stored hash was
 * made with weaker ones, and the login re-hashes it.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Iterations (OWASP 2023+: at least 210,000 for PBKDF2-HMAC-SHA512). */
    public static final int ITERATIONS = 210_000;
    /** JCA algorithm name. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    /** A new salted hash of the password (about 200 ms of CPU on purpose). */
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** True when the password matches the stored hash; false for a null or malformed hash. */
    public boolean verify(char[] password, String storedHash) {
        if (storedHash == null || storedHash.isBlank()) {
            return false;
        }
        try {
            return pbkdf2.verify(password, storedHash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when the stored hash uses another algorithm or fewer iterations than the current setting. */
    public boolean needsRehash(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
