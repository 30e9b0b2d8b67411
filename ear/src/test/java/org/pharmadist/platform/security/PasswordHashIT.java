package org.pharmadist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.DemoUsers;

/**
 * What the server stores, read straight from the test database with JDBC: password hashes in the
 * documented PBKDF2 format (HMAC-SHA512, 210,000 iterations, 32-byte salt, 64-byte key), a salt of
 * its own per user, and a security audit that refuses UPDATE, DELETE and TRUNCATE. Skipped when the
 * server under test was started elsewhere (no it.db.port).
 */
class PasswordHashIT {

    private static final Pattern FORMAT = Pattern.compile("PBKDF2WithHmacSHA512:210000:([A-Za-z0-9+/]+=*):([A-Za-z0-9+/]+=*)");

    @Test
    void demoPasswordsAreStoredAsSaltedPbkdf2Sha512() throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection c = TokenIT.database();
             PreparedStatement q = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            for (String username : DemoUsers.usernamesByRole().values()) {
                q.setString(1, username);
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).as("demo user " + username).isTrue();
                    hashes.put(username, rs.getString(1));
                }
            }
        }
        Set<String> salts = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (var role : DemoUsers.usernamesByRole().keySet()) {
            String username = DemoUsers.username(role);
            String stored = hashes.get(username);
            Matcher m = FORMAT.matcher(stored == null ? "" : stored);
            assertThat(m.matches()).as("hash of " + username + ": " + stored).isTrue();
            byte[] salt = Base64.getDecoder().decode(m.group(1));
            byte[] key = Base64.getDecoder().decode(m.group(2));
            assertThat(salt).as("salt of " + username).hasSize(32);
            assertThat(key).as("key of " + username).hasSize(64);
            salts.add(m.group(1));
            keys.add(m.group(2));
            assertThat(stored).doesNotContain(DemoUsers.password(role));
            // The stored key really is PBKDF2-HMAC-SHA512 of the demo password with that salt.
            byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(DemoUsers.password(role).toCharArray(), salt, 210_000, 512)).getEncoded();
            assertThat(MessageDigest.isEqual(expected, key)).as("PBKDF2 of the demo password of " + username).isTrue();
        }
        assertThat(salts).as("every user has a salt of its own").hasSize(hashes.size());
        assertThat(keys).hasSize(hashes.size());
    }

    @Test
    void securityAuditIsAppendOnly() throws SQLException {
        try (Connection c = TokenIT.database(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            long id;
            String detail;
            try (ResultSet rs = s.executeQuery("SELECT id, detail FROM security_audit ORDER BY id LIMIT 1")) {
                assertThat(rs.next()).as("the audit has entries (demo users created)").isTrue();
                id = rs.getLong(1);
                detail = rs.getString(2);
            }
            long count = count(s);
            assertThatThrownBy(() -> s.executeUpdate("UPDATE security_audit SET detail = 'tampered' WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM security_audit WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE security_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            try (ResultSet rs = s.executeQuery("SELECT detail FROM security_audit WHERE id = " + id)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(detail);
            }
            assertThat(count(s)).as("no entry removed").isGreaterThanOrEqualTo(count);
        }
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM security_audit")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
