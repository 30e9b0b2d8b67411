package org.pharmadist.insights.infrastructure;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.Headers;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pharmadist.insights.application.InsightsSettings.AiConfig;
import org.pharmadist.insights.application.ModelCallException;
import org.pharmadist.insights.application.ModelReply;

/**
 * One chat-completions call through the official openai-java SDK (OkHttp transport), asking for a JSON answer that
 * follows a JSON schema (structured outputs, {@code response_format: {type: json_schema, strict: true}}).
 *
 * <p>The SDK's own retries are off ({@code maxRetries(0)}): MicroProfile Fault Tolerance on {@link ModelGateway}
 * owns retries, timeouts of the whole call and the circuit breaker. The one retry done here is waiting out HTTP 429:
 * MicroProfile {@code @Retry} only knows a fixed delay, so a 429 is retried in this bounded loop after
 * {@code min(Retry-After, cap)} ({@code retry-after-ms} or {@code Retry-After} in seconds or as an HTTP date; 1 s
 * when the service names none), at most {@code rateLimitRetries} times, then reported as
 * {@link ModelCallException.RateLimited}. Other failures: HTTP 5xx and I/O errors (timeouts included) as
 * {@link ModelCallException.Retryable}, other HTTP errors as {@link ModelCallException.Rejected}.
 *
 * <p>Thread-safe; holds one HTTP client (connection pool). Never logs the key or the request body.
 */
public final class ModelClient implements AutoCloseable {

    /** Waits between 429 attempts (tests record the waits instead of sleeping). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final OpenAIClient client;
    private final AiConfig config;
    private final Sleeper sleeper;

    /**
     * @param config  key, base URL, model, timeout, 429 policy; the key must be present
     * @param sleeper how to wait for a Retry-After
     */
    public ModelClient(AiConfig config, Sleeper sleeper) {
        this.config = config;
        this.sleeper = sleeper;
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder()
                .apiKey(config.apiKey().orElseThrow(() -> new IllegalStateException("no AI key configured")))
                .timeout(config.timeout())
                .maxRetries(0);
        config.baseUrl().ifPresent(builder::baseUrl);
        this.client = builder.build();
    }

    /**
     * Sends the system and user messages and returns the answer text.
     *
     * @param system     instructions
     * @param user       the figures (JSON text)
     * @param schemaName name of the answer schema
     * @param schema     JSON schema of the answer (a JSON object as a map)
     * @throws ModelCallException on any failure (see the class description)
     */
    public ModelReply complete(String system, String user, String schemaName, Map<String, Object> schema) {
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schemaBuilder = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        schema.forEach((k, v) -> schemaBuilder.putAdditionalProperty(k, JsonValue.from(v)));
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(config.model())
                .temperature(0.0)
                .addSystemMessage(system)
                .addUserMessage(user)
                .responseFormat(ResponseFormatJsonSchema.builder()
                        .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                                .name(schemaName).strict(true).schema(schemaBuilder.build()).build())
                        .build())
                .build();
        long start = System.nanoTime();
        int waits = 0;
        while (true) {
            try {
                ChatCompletion completion = client.chat().completions().create(params);
                String content = completion.choices().stream().findFirst()
                        .flatMap(c -> c.message().content())
                        .orElseThrow(() -> new ModelCallException.Rejected("the answer has no message content", null));
                long prompt = completion.usage().map(u -> u.promptTokens()).orElse(0L);
                long output = completion.usage().map(u -> u.completionTokens()).orElse(0L);
                return new ModelReply(content, completion.model(), prompt, output,
                        Duration.ofNanos(System.nanoTime() - start), waits);
            } catch (RateLimitException e) {
                if (waits >= config.rateLimitRetries()) {
                    throw new ModelCallException.RateLimited("rate limited (HTTP 429) after " + waits + " wait(s)", e);
                }
                Duration wait = retryAfter(e.headers()).orElse(Duration.ofSeconds(1));
                if (wait.compareTo(config.retryAfterCap()) > 0) {
                    wait = config.retryAfterCap();
                }
                waits++;
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ModelCallException.Retryable("interrupted while waiting out HTTP 429", ie);
                }
            } catch (OpenAIServiceException e) {
                int status = e.statusCode();
                if (status >= 500) {
                    throw new ModelCallException.Retryable("HTTP " + status, e);
                }
                throw new ModelCallException.Rejected("HTTP " + status, e);
            } catch (OpenAIIoException e) {
                throw new ModelCallException.Retryable(isTimeout(e) ? "timeout" : "I/O error: " + e.getMessage(), e);
            } catch (ModelCallException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ModelCallException.Rejected("unusable answer: " + e.getClass().getSimpleName(), e);
            }
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The wait a 429 asks for: {@code retry-after-ms} (milliseconds), else {@code Retry-After} as delta-seconds or
     * an HTTP date; empty when absent or unreadable.
     */
    static Optional<Duration> retryAfter(Headers headers) {
        List<String> ms = headers.values("retry-after-ms");
        if (!ms.isEmpty()) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(ms.get(0).strip()))));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        List<String> values = headers.values("retry-after");
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String v = values.get(0).strip();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(v) * 1000))));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
