package org.pharmadist.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Model answers by input hash (SHA-256 of model name, prompt version and the figures' JSON), kept for
 * {@code pharmadist.ai.cache-minutes}, at most {@value #MAX_ENTRIES} entries (least recently used go first).
 *
 * <p>In memory, per server: the platform has no shared cache yet (no Infinispan in the EAR); a repeated answer
 * on another cluster node only costs one more model call, it is never wrong, because equal figures give an equal key.
 */
@ApplicationScoped
public class AnswerCache {

    static final int MAX_ENTRIES = 200;

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** SHA-256 hex of the parts joined by NUL. */
    public static String key(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                digest.update(p.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer cached for the key, if still fresh. */
    public synchronized Optional<AiPanel> get(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null || now.isAfter(e.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e.panel());
    }

    /** Keeps the answer for {@code ttl} (nothing kept for a zero ttl). */
    public synchronized void put(String key, AiPanel panel, Instant now, Duration ttl) {
        if (!ttl.isZero()) {
            entries.put(key, new Entry(panel, now.plus(ttl)));
        }
    }

    /** Forgets every answer. */
    public synchronized void clear() {
        entries.clear();
    }

    private record Entry(AiPanel panel, Instant expires) {
    }
}
