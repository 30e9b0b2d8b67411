package org.pharmadist.platform.testserver;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client for the system tests (no framework between the test and the wire). */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    /** Marker role for requests without credentials. */
    public static final String ANONYMOUS = "ANONYMOUS";
    /** Role of the default caller of {@link #get(String, String...)} and {@link #post}. */
    public static final String DEFAULT_ROLE = "ADMIN";

    /** GET a path relative to the application base URL, as the demo ADMIN (bearer token). */
    public static HttpResponse<String> get(String path, String... headers) {
        return getAs(DEFAULT_ROLE, path, headers);
    }

    /** GET as the demo user of {@code role}, or {@link #ANONYMOUS}. */
    public static HttpResponse<String> getAs(String role, String path, String... headers) {
        return send(authorised(HttpRequest.newBuilder(SystemUnderTest.app().resolve(path)).GET(), role), headers);
    }

    /** GET an absolute URL (health, metrics: no credentials). */
    public static HttpResponse<String> get(URI url, String... headers) {
        return send(HttpRequest.newBuilder(url).GET(), headers);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder b, String role) {
        return ANONYMOUS.equals(role) ? b : b.header("Authorization", "Bearer " + SystemUnderTest.token(role));
    }

    /** GET returning raw bytes (for compressed bodies). */
    public static HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder b = authorised(HttpRequest.newBuilder(SystemUnderTest.app().resolve(path)).timeout(Duration.ofSeconds(30)).GET(),
                DEFAULT_ROLE);
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST a body to a path relative to the application base URL, as the demo ADMIN. */
    public static HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return postAs(DEFAULT_ROLE, path, contentType, body, headers);
    }

    /** POST as the demo user of {@code role}, or {@link #ANONYMOUS}. */
    public static HttpResponse<String> postAs(String role, String path, String contentType, String body, String... headers) {
        return send(authorised(HttpRequest.newBuilder(SystemUnderTest.app().resolve(path)), role)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                headers);
    }

    /** Any method with an optional body, as the demo user of {@code role}. */
    public static HttpResponse<String> sendAs(String role, String method, String path, String contentType, String body) {
        HttpRequest.Builder b = authorised(HttpRequest.newBuilder(SystemUnderTest.app().resolve(path)), role)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return CLIENT.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses a JSON object body. */
    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
