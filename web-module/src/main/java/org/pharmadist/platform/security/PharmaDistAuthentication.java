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
        String reason = database.unavailableReason();
        if (reason == null) {
            throw e; // not a database outage: a real error, logged with an error id by the error handling
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            if (path.startsWith("/soap/")) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope "
                        + "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                        + "<faultcode>soap:Server</faultcode><faultstring>The database is not available. Retry later."
                        + "</faultstring></soap:Fault></soap:Body></soap:Envelope>");
            } else {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"https://pharmadist.org/problems/database-unavailable\","
                        + "\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is not available, "
                        + "so credentials cannot be checked. Retry later.\"}");
            }
            response.getWriter().close(); // complete: WildFly would otherwise replace (or try to replace) the error body
        } catch (IOException io) {
            // client gone
        }
        return AuthenticationStatus.SEND_CONTINUE; // the answer is written: the container must not replace it
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
            String message) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/api/")) {
                response.setStatus(401);
                response.setHeader("WWW-Authenticate", "Bearer realm=\"pharmadist\"");
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"https://pharmadist.org/problems/unauthenticated\",\"title\":\"Unauthorized\","
                        + "\"status\":401,\"detail\":\"" + message + " Send Authorization: Bearer <API token>.\"}");
                response.getWriter().close();
                return AuthenticationStatus.SEND_CONTINUE; // written; SEND_FAILURE lets WildFly put its error page in
            }
            if (path.startsWith("/soap/")) {
                response.setStatus(401);
                response.setHeader("WWW-Authenticate", "Bearer realm=\"pharmadist\"");
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope "
                        + "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                        + "<faultcode>soap:Client</faultcode><faultstring>" + message
                        + " Send the HTTP header Authorization: Bearer &lt;API token&gt;.</faultstring></soap:Fault></soap:Body></soap:Envelope>");
                response.getWriter().close();
                return AuthenticationStatus.SEND_CONTINUE;
            }
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
}
