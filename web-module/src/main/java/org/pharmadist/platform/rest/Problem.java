package org.pharmadist.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every REST error.
 *
 * <p>Public fields and getters keep JSON-B output identical on both servers.
 */
public final class Problem {

    /** Media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Base of problem type URIs; the code is appended (e.g. ".../invalid-ndc"). */
    public static final String TYPE_BASE = "https://pharmadist.org/problems/";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String errorId;
    private final List<FieldError> errors;

    private Problem(String code, String title, int status, String detail, String errorId, List<FieldError> errors) {
        this.type = code == null ? "about:blank" : TYPE_BASE + code;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errorId = errorId;
        this.errors = errors;
    }

    /** A problem without field errors. */
    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(code, title, status, detail, null, null);
    }

    /** A problem naming the fields at fault. */
    public static Problem withFields(int status, String code, String title, String detail, Map<String, String> fields) {
        List<FieldError> list = new ArrayList<>();
        fields.forEach((f, m) -> list.add(new FieldError(f, m)));
        return new Problem(code, title, status, detail, null, list.isEmpty() ? null : list);
    }

    /** An unexpected server error; {@code errorId} is also in the server log with the stack trace. */
    public static Problem serverError(String errorId) {
        return new Problem("internal-error", "Internal error", 500,
                "The server could not complete the request. Quote error id " + errorId + " to support.", errorId, null);
    }

    /**
     * Writes the problem straight to a servlet response and completes it, for answers given before
     * JAX-RS runs (authentication). Serialised with JSON-B like every other answer.
     */
    public void write(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        byte[] body = JSONB.toJson(this).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.getOutputStream().write(body);
        response.getOutputStream().close(); // completed: no server replaces it with an error page
    }

    private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();

    /** As a JAX-RS response with the problem media type. */
    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    public String getType() { return type; }
    public String getTitle() { return title; }
    public int getStatus() { return status; }
    public String getDetail() { return detail; }
    public String getErrorId() { return errorId; }
    public List<FieldError> getErrors() { return errors; }

    /** One invalid input field. */
    public static final class FieldError {
        private final String field;
        private final String message;

        FieldError(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() { return field; }
        public String getMessage() { return message; }
    }
}
