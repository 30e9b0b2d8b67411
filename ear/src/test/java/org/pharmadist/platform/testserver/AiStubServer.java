package org.pharmadist.platform.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server in the system-test JVM; {@link SystemTestSession} starts it before
 * the server under test and points the application at it ({@code PHARMADIST_AI_BASE_URL}, {@code _API_KEY}).
 * Tests choose its behaviour with {@link #behave(Mode)}:
 * <ul>
 * <li>{@link Mode#GROUNDED} (default): reads the figures the application sent and answers one REORDER action for
 *     the first reorder suggestion (its productId and orderQuantity), one DISCOUNT for the first expiry risk, and
 *     one invented action (product 999999999) that the application must drop;</li>
 * <li>{@link Mode#FAIL_500}: HTTP 500; {@link Mode#HANG}: answers only after 10 s (the application times out).</li>
 * </ul>
 */
public final class AiStubServer {

    /** Behaviours. */
    public enum Mode { GROUNDED, FAIL_500, HANG }

    /** The key the application is given. */
    public static final String API_KEY = "sk-system-test-stub";

    private static volatile AiStubServer instance;

    private final HttpServer server;
    private volatile Mode mode = Mode.GROUNDED;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String lastRequestBody;
    private volatile String lastAuthorization;

    private AiStubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ai-stub");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Starts the stub once per JVM. */
    static synchronized AiStubServer start() throws IOException {
        if (instance == null) {
            instance = new AiStubServer();
        }
        return instance;
    }

    /** The running stub; fails when the system tests run against an external server. */
    public static AiStubServer get() {
        if (instance == null) {
            throw new IllegalStateException("the AI stub runs only when the system tests start the server");
        }
        return instance;
    }

    /** Whether the stub runs (false against an external server). */
    public static boolean running() {
        return instance != null;
    }

    /** Base URL as the OpenAI SDK wants it (ends with /v1). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void behave(Mode m) {
        mode = m;
    }

    /** Requests received so far. */
    public int requestCount() {
        return requests.get();
    }

    public String lastRequestBody() {
        return lastRequestBody;
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.incrementAndGet();
        lastRequestBody = body;
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        Mode m = mode;
        int status = 200;
        String answer;
        switch (m) {
            case FAIL_500 -> {
                status = 500;
                answer = "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}";
            }
            case HANG -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer = completion(groundedAnswer(body));
            }
            default -> answer = completion(groundedAnswer(body));
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    private static String groundedAnswer(String requestBody) {
        JsonObject request = Json.createReader(new StringReader(requestBody)).readObject();
        JsonArray messages = request.getJsonArray("messages");
        JsonObject figures = Json.createReader(new StringReader(
                messages.getJsonObject(messages.size() - 1).getString("content"))).readObject();
        JsonArrayBuilder actions = Json.createArrayBuilder();
        int priority = 1;
        JsonArray reorders = figures.getJsonArray("reorderSuggestions");
        if (!reorders.isEmpty()) {
            JsonObject r = reorders.getJsonObject(0);
            actions.add(Json.createObjectBuilder().add("priority", priority++).add("type", "REORDER")
                    .add("productId", r.getJsonNumber("productId")).addNull("lotId").addNull("customerId")
                    .add("quantity", r.getJsonNumber("orderQuantity")).add("text", "Order " + r.getString("name")));
        }
        JsonArray risks = figures.getJsonArray("expiryRisks");
        if (!risks.isEmpty()) {
            JsonObject e = risks.getJsonObject(0);
            actions.add(Json.createObjectBuilder().add("priority", priority++).add("type", "DISCOUNT")
                    .add("productId", e.getJsonNumber("productId")).add("lotId", e.getJsonNumber("lotId"))
                    .addNull("customerId").add("quantity", e.getJsonNumber("atRiskQuantity"))
                    .add("text", "Discount lot " + e.getString("lotNumber")));
        }
        actions.add(Json.createObjectBuilder().add("priority", priority).add("type", "REORDER")
                .add("productId", 999_999_999L).addNull("lotId").addNull("customerId").add("quantity", 12)
                .add("text", "An invented product"));
        return Json.createObjectBuilder().add("summary", "Stub summary of " + reorders.size() + " reorder suggestions and "
                + risks.size() + " expiry risks.").add("actions", actions).build().toString();
    }

    private static String completion(String content) {
        return Json.createObjectBuilder().add("id", "chatcmpl-stub").add("object", "chat.completion")
                .add("created", 1764806400).add("model", "stub-model")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("finish_reason", "stop").addNull("logprobs")
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content)
                                .addNull("refusal"))))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 400).add("completion_tokens", 60)
                        .add("total_tokens", 460))
                .build().toString();
    }
}
