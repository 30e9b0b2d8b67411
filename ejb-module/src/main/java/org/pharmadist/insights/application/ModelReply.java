package org.pharmadist.insights.application;

import java.time.Duration;

/**
 * The model's answer text and what it cost.
 *
 * @param content          the assistant message (JSON text of the structured answer)
 * @param model            the model that answered (as the service reports it)
 * @param promptTokens     input tokens (0 when the service reports no usage)
 * @param completionTokens output tokens
 * @param latency          wall time of the call, rate-limit waits included
 * @param rateLimitWaits   how many 429 answers were waited out
 */
public record ModelReply(String content, String model, long promptTokens, long completionTokens, Duration latency,
        int rateLimitWaits) {
}
