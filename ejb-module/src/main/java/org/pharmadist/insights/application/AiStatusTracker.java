package org.pharmadist.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.pharmadist.platform.config.IntegrationStatus;

/**
 * The AI integration's status as the health checks report it ({@code ai} in the readiness data; the server stays
 * ready whatever it says): {@code not-configured} without a key; {@code unavailable} when the latest model call
 * failed (timeout, 5xx, 429, circuit open, refused); {@code ok} otherwise (latest call answered, or no call yet).
 */
@ApplicationScoped
public class AiStatusTracker implements IntegrationStatus {

    @Inject
    InsightsSettings settings;

    private volatile boolean configured = true;
    private volatile String lastFailure;
    private volatile Instant lastCallAt;

    /** For tests without CDI. */
    public static AiStatusTracker standalone(boolean configured) {
        AiStatusTracker t = new AiStatusTracker();
        t.configured = configured;
        return t;
    }

    @Override
    public String name() {
        return "ai";
    }

    @Override
    public String status() {
        boolean keySet = settings != null ? settings.ai().configured() : configured;
        if (!keySet) {
            return "not-configured";
        }
        return lastFailure == null ? "ok" : "unavailable";
    }

    /** Latest failure reason, null after a success. */
    public String lastFailure() {
        return lastFailure;
    }

    /** When the model was last called (null: never). */
    public Instant lastCallAt() {
        return lastCallAt;
    }

    void succeeded(Instant at) {
        lastCallAt = at;
        lastFailure = null;
    }

    void failed(String reason, Instant at) {
        lastCallAt = at;
        lastFailure = reason;
    }
}
