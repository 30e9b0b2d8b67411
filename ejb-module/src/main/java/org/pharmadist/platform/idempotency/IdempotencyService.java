package org.pharmadist.platform.idempotency;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.ConflictException;

/**
 * Remembers REST create requests by their {@code Idempotency-Key} header so that a retried create
 * makes exactly one record (IETF draft-ietf-httpapi-idempotency-key-header).
 *
 * <p>Protocol: {@link #begin} claims the key in its own committed transaction (a unique key in
 * PostgreSQL makes concurrent duplicates lose); after the create, {@link #complete} stores the
 * response for replay; a failed create calls {@link #release} so the client may retry. Keys are
 * scoped by caller and endpoint and kept for {@value #RETENTION_HOURS} hours.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyService {

    static final int RETENTION_HOURS = 24;

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    /**
     * Claims a key, or finds the stored answer of an earlier identical request.
     *
     * @param scope       caller and endpoint, e.g. "alice POST /api/v1/catalog/imports"
     * @param key         the client's Idempotency-Key, 1..200 characters
     * @param requestHash SHA-256 hex of the request body
     * @return {@link Claim#proceed()} true when this request should run; otherwise the stored response
     * @throws ConflictException code "idempotency-key-in-use" when the same key is still being processed,
     *         or "idempotency-key-reused" (422) when it was used with a different request body
     */
    public Claim begin(String scope, String key, String requestHash) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE scope = ?1 AND idempotency_key = ?2 "
                        + "AND created_at < now() - make_interval(hours => ?3)")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, RETENTION_HOURS).executeUpdate();
        int inserted = em.createNativeQuery("INSERT INTO idempotency_record (scope, idempotency_key, request_hash, state, created_at) "
                        + "VALUES (?1, ?2, ?3, 'IN_PROGRESS', now()) ON CONFLICT DO NOTHING")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).executeUpdate();
        if (inserted == 1) {
            return Claim.PROCEED;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, response_location, "
                        + "response_content_type, response_body FROM idempotency_record WHERE scope = ?1 AND idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            throw new ConflictException("idempotency-key-in-use", "A request with this Idempotency-Key was just released; retry.");
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new KeyReusedException();
        }
        if (!"COMPLETED".equals(row[1])) {
            throw new ConflictException("idempotency-key-in-use",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
        }
        return new Claim(false, ((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5]);
    }

    /** Stores the response of a successful create for replay. */
    public void complete(String scope, String key, int status, String location, String contentType, String body) {
        em.createNativeQuery("UPDATE idempotency_record SET state = 'COMPLETED', response_status = ?3, response_location = ?4, "
                        + "response_content_type = ?5, response_body = ?6 WHERE scope = ?1 AND idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, contentType).setParameter(6, body).executeUpdate();
    }

    /** Forgets a claimed key after the create failed, so the client may retry with it. */
    public void release(String scope, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE scope = ?1 AND idempotency_key = ?2 AND state = 'IN_PROGRESS'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    /**
     * Outcome of {@link #begin}.
     *
     * @param proceed     true: run the request; false: answer with the stored response below
     * @param status      stored HTTP status
     * @param location    stored Location header, may be null
     * @param contentType stored content type, may be null
     * @param body        stored body, may be null
     */
    public record Claim(boolean proceed, int status, String location, String contentType, String body) {
        static final Claim PROCEED = new Claim(true, 0, null, null, null);
    }

    /** The key was used before with a different request body (HTTP 422). */
    public static class KeyReusedException extends BusinessException {
        private static final long serialVersionUID = 1L;

        KeyReusedException() {
            super("idempotency-key-reused", "This Idempotency-Key was already used with a different request body; "
                    + "use a new key for a new request.", null);
        }

        @Override
        public Kind kind() {
            return Kind.RULE_VIOLATION;
        }
    }
}
