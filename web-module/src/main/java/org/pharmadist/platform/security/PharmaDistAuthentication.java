package org.pharmadist.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.pharmadist.platform.rest.Problem;
import org.pharmadist.platform.soap.SoapFaults;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * How callers prove who they are, one mechanism for the whole application (Jakarta Security):
 * <ul>
 * <li>Integrators: {@code Authorization: Bearer <token>} on REST and SOAP, checked against the
 *     stored SHA-256 digest on each request (no password check per API request, no session).</li>
 * <li>Portal users: the login page authenticates programmatically with username and password; the
 *     session id is changed (session fixation) and the login is kept in the HTTP session.</li>
 * <li>Anonymous requests to protected addresses: REST gets 401 problem+json, SOAP a 401 Client
 *     fault, pages a redirect to the login page (for a Faces Ajax request, a partial-response
 *     redirect, so an expired session never turns into a silent no-op).</li>
 * </ul>
 * Which addresses are protected is declared in web.xml.
 */
@ApplicationScoped
public class PharmaDistAuthentication implements HttpAuthenticationMechanism {

    /** The portal's login page. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** HTTP session attribute holding the signed-in portal caller, set at login. */
    static final String SESSION_CALLER = PharmaDistAuthentication.class.getName() + ".caller";

    /** The signed-in portal caller kept in the HTTP session: user name and roles (as at login). */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RequestOrigin origin;

    @Inject
    org.pharmadist.platform.persistence.DatabaseLifecycle database;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        origin.remoteAddr(request.getRemoteAddr());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/soap/");
        if (!context.isAuthenticationRequest() && !api) {
            // A portal login lives in the HTTP session (not in a server SSO cookie such as Liberty's LtpaToken2,
            // which would outlive the session): it ends with logout and the session's idle timeout. The APIs
            // never use it: they take bearer tokens only, so a browser's cookies cannot drive them (no CSRF there).
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
        }
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential); // LoginView reports a database failure
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // Not responseUnauthorized(): its 401 error (sendError) would replace the login page and its message.
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation: the pre-login id is worthless now
            }
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult result;
            try {
                result = identityStores.validate(new BearerTokenCredential(authorization.substring(7).trim()));
            } catch (RuntimeException e) {
                return unavailable(request, response, e);
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return refuse(request, response, context, "The API token is not valid (unknown, revoked or expired).");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return refuse(request, response, context, "Authentication is required.");
    }

    /** The token could not be checked because the database is away: 503, not 401 and not 500. */
    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException e) {
        if (database.unavailableReason() == null) {
            throw e; // not a database outage: a real error, logged with an error id by the error handling
        }
        response.setHeader("Retry-After", "5");
        return answer(request, response, 503, "Server", Problem.of(503, "database-unavailable", "Service unavailable",
                "The database is not available, so credentials cannot be checked. Retry later."));
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
            String message) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/soap/")) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"pharmadist\"");
            return answer(request, response, 401, "Client", Problem.of(401, "unauthenticated", "Unauthorized",
                    message + " Send the HTTP header Authorization: Bearer <API token>."));
        }
        try {
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            String login = request.getContextPath() + LOGIN_PAGE + "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setStatus(200);
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + request.getContextPath() + LOGIN_PAGE + "?expired=true\"></redirect></partial-response>");
                response.getWriter().close();
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.redirect(login);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * Answers an API request here, before JAX-RS or the SOAP stack: a SOAP fault on /soap, problem+json
     * elsewhere. The response is completed and SEND_CONTINUE returned, so the container keeps it
     * (with SEND_FAILURE WildFly put its own error page in).
     */
    private static AuthenticationStatus answer(HttpServletRequest request, HttpServletResponse response, int status,
            String soapFaultCode, Problem problem) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/soap/")) {
                SoapFaults.write(response, status, soapFaultCode, problem.getDetail());
            } else {
                problem.write(response);
            }
        } catch (IOException e) {
            // the client is gone
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
