package org.pharmadist.insights.infrastructure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local OpenAI-compatible server in the test JVM (JDK HttpServer): {@code POST /v1/chat/completions} answers the
 * scripted responses in order (the last one repeats), and records every request (headers and body).
 */
final class OpenAiStub implements AutoCloseable {

    /** One scripted answer; {@code hangUntilReleased} keeps the exchange open (client timeout). */
    record Scripted(int status, Map<String, String> headers, String body, boolean hangUntilReleased) {
    }

    /** A recorded request. */
    record Recorded(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Scripted> script = new ConcurrentLinkedDeque<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    OpenAiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    OpenAiStub then(int status, Map<String, String> headers, String body) {
        script.add(new Scripted(status, headers, body, false));
        return this;
    }

    OpenAiStub thenAnswer(String content) {
        return then(200, Map.of("Content-Type", "application/json"), completion(content, 321, 54));
    }

    OpenAiStub thenHang() {
        script.add(new Scripted(200, Map.of(), "", true));
        return this;
    }

    List<Recorded> requests() {
        return requests;
    }

    /** A chat.completion body carrying {@code content} as the assistant message. */
    static String completion(String content, int promptTokens, int completionTokens) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"id\":\"chatcmpl-test\",\"object\":\"chat.completion\",\"created\":1764806400,\"model\":\"stub-model\","
                + "\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"logprobs\":null,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\",\"refusal\":null}}],"
                + "\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":" + completionTokens
                + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Scripted s = script.size() > 1 ? script.poll() : script.peek();
        if (s == null) {
            s = new Scripted(500, Map.of(), "{\"error\":{\"message\":\"no script\"}}", false);
        }
        if (s.hangUntilReleased()) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] bytes = s.body().getBytes(StandardCharsets.UTF_8);
        s.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (!s.headers().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(s.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
