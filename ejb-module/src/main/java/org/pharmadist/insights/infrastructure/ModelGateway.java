package org.pharmadist.insights.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.pharmadist.insights.application.InsightsSettings;
import org.pharmadist.insights.application.ModelCallException;
import org.pharmadist.insights.application.ModelPort;
import org.pharmadist.insights.application.ModelReply;

/**
 * The model call under MicroProfile Fault Tolerance. A plain CDI bean (no EJB, no transaction): nothing here holds
 * a database connection while the model thinks.
 *
 * <ul>
 * <li>{@code @Timeout} 60 s per attempt (the HTTP client's own timeout, {@code pharmadist.ai.timeout-seconds},
 *     normally fires first);</li>
 * <li>{@code @Retry} at most 2 more attempts, 250 ms apart (+/- 100 ms), only for
 *     {@link ModelCallException.Retryable} (5xx, I/O, timeouts). HTTP 429 is waited out inside {@link ModelClient}
 *     honouring Retry-After up to a cap, because {@code @Retry} knows only a fixed delay;</li>
 * <li>{@code @CircuitBreaker}: opens when 3 of the last 4 attempts failed, stays open 30 s (calls then fail at
 *     once with {@code CircuitBreakerOpenException}), closes after one successful trial call.</li>
 * </ul>
 * Each value can be changed without a build through MicroProfile Config, e.g.
 * {@code org.pharmadist.insights.infrastructure.ModelGateway/complete/CircuitBreaker/delay=60000}.
 */
@ApplicationScoped
public class ModelGateway implements ModelPort {

    @Inject
    InsightsSettings settings;

    private volatile ModelClient client;

    /**
     * One structured completion.
     *
     * @throws ModelCallException on failure; {@code org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException}
     *                            or {@code CircuitBreakerOpenException} from the fault-tolerance policy
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, jitter = 100, retryOn = ModelCallException.Retryable.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1)
    @Override
    public ModelReply complete(String system, String user, String schemaName, Map<String, Object> schema) {
        return client().complete(system, user, schemaName, schema);
    }

    private ModelClient client() {
        ModelClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = new ModelClient(settings.ai(), d -> Thread.sleep(d.toMillis()));
                }
                c = client;
            }
        }
        return c;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
