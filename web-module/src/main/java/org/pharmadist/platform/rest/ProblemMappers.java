package org.pharmadist.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.DatabaseUnavailableException;

/**
 * Turns every exception into RFC 9457 problem+json: business refusals keep their status and field
 * errors; malformed requests get 400 without class names or stack traces; an unreachable database
 * gets 503 with Retry-After; anything unexpected gets 500 with an error id that is logged.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Business rule refusals (400/404/409/422). */
    @Provider
    public static class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            return business(e);
        }
    }

    /** Database not reachable or not migrated yet: 503. */
    @Provider
    public static class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {
        @Override
        public Response toResponse(DatabaseUnavailableException e) {
            return unavailable(e.getMessage());
        }
    }

    /** Bean Validation failures on service or resource parameters: 400 naming the fields. */
    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return validation(e);
        }
    }

    /** Bodies that are not JSON, or JSON of the wrong shape: 400. */
    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadableBody();
        }
    }

    /** Provider failures while reading the request: 400. */
    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadableBody();
        }
    }

    /** Framework answers (404 no such path, 405, 406, 415, 400 unreadable body) as problems. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(e);
            }
            if (status == 400) {
                return unreadableBody();
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "Request refused" : type.getReasonPhrase();
            String detail = switch (status) {
                case 401 -> "Authentication is required.";
                case 403 -> "You are not allowed to do this.";
                case 404 -> "There is no resource at this address.";
                case 405 -> "This method is not allowed here.";
                case 406 -> "The requested representation is not available; ask for application/json.";
                case 415 -> "This content type is not accepted; send application/json.";
                default -> title;
            };
            Response.ResponseBuilder r = Response.fromResponse(Problem.of(status, "http-" + status, title, detail).toResponse());
            if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
                r.header("Allow", e.getResponse().getHeaderString("Allow"));
            }
            return r.build();
        }
    }

    /** Everything else: database trouble becomes 503, the rest 500 with a logged error id. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BusinessException b) {
                    return business(b);
                }
                if (t instanceof ConstraintViolationException c) {
                    return validation(c);
                }
                if (t instanceof DatabaseUnavailableException d) {
                    return unavailable(d.getMessage());
                }
                if (t instanceof EJBAccessException) {
                    return Problem.of(403, "forbidden", "Forbidden", "You are not allowed to do this.").toResponse();
                }
                if (isConnectionFailure(t)) {
                    return unavailable("database unreachable");
                }
            }
            return unexpected(e);
        }
    }

    static Response business(BusinessException e) {
        int status = e.kind().httpStatus();
        String title = switch (e.kind()) {
            case INVALID_INPUT -> "Invalid request";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case RULE_VIOLATION -> "Refused by a business rule";
        };
        return Problem.withFields(status, e.type(), title, e.getMessage(), e.fieldErrors()).toResponse();
    }

    static Response validation(ConstraintViolationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String path = v.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            fields.put(field, v.getMessage());
        }
        return Problem.withFields(400, "invalid-input", "Invalid request", "Some values are not valid.", fields).toResponse();
    }

    static Response unreadableBody() {
        return Problem.of(400, "unreadable-request", "Invalid request",
                "The request could not be read: send a valid JSON body of the documented shape, and parameters "
                        + "of the documented types.").toResponse();
    }

    static Response unavailable(String reason) {
        return Response.fromResponse(Problem.of(503, "database-unavailable", "Service unavailable",
                "The database is not available: " + reason + ". Retry later.").toResponse())
                .header("Retry-After", "5").build();
    }

    static Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, error id " + errorId, e);
        return Problem.serverError(errorId).toResponse();
    }

    /** True for JDBC connection failures (SQLState class 08) and pool connection timeouts. */
    static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLException s) {
            String state = s.getSQLState();
            return (state != null && state.startsWith("08")) || s instanceof java.sql.SQLTransientConnectionException
                    || s instanceof java.sql.SQLNonTransientConnectionException;
        }
        return t instanceof java.net.ConnectException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
    }
}
