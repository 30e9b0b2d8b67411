package org.pharmadist.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login page: username and password, messages beside the fields, then back where the user was going. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    RequestOrigin origin;

    @Inject
    org.pharmadist.platform.persistence.DatabaseLifecycle database;

    private String username;
    private String password;
    private String continueTo;

    /** Signs in; on failure shows why (invalid, or locked until when) without saying which field was wrong. */
    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (database.unavailableReason() != null) {
            faces.addMessage("loginForm:password", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Sign-in is not possible right now: the database is unavailable. Try again in a moment.", null));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(safeTarget(request.getContextPath()));
            faces.responseComplete();
            return;
        }
        LoginResult result = origin.loginResult();
        String message = result != null && result.status() == LoginResult.Status.LOCKED
                ? "Too many failed logins: the account is locked until "
                        + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.of("UTC")).format(result.lockedUntil())
                        + ". An administrator can unlock it."
                : "Unknown user or wrong password.";
        faces.addMessage("loginForm:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Only local paths are followed after login (no open redirect). */
    private String safeTarget(String contextPath) {
        if (continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//") && !continueTo.contains("\\")
                && !continueTo.contains("login.xhtml")) {
            return continueTo;
        }
        return contextPath + "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
