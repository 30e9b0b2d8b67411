package org.pharmadist.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** The signed-in user in the portal header, permission checks for menus, and logout. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    SecurityContext security;

    @Inject
    CallerProfiles profiles;

    @Inject
    SecurityAuditLog audit;

    private CallerProfile profile;

    /** The caller's profile, or null when not signed in. */
    public CallerProfile getProfile() {
        Principal p = security.getCallerPrincipal();
        if (profile == null && p != null) {
            profile = profiles.of(p.getName());
        }
        return profile;
    }

    /** True when the caller has "module:action" (menus hide what the services would refuse anyway). */
    public boolean can(String permission) {
        CallerProfile p = getProfile();
        return p != null && p.permissions().contains(permission);
    }

    /** Ends the session and returns to the login page. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Principal p = security.getCallerPrincipal();
        if (p != null) {
            audit.record(SecurityAuditLog.Event.LOGOUT, p.getName(), p.getName(), "portal", request.getRemoteAddr());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + PharmaDistAuthentication.LOGIN_PAGE + "?loggedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
