package org.pharmadist.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Per-request facts the identity store needs but its interface does not carry: the client address
 * (for the audit) and, after a password check, the detailed result (to tell a locked user until when).
 */
@RequestScoped
public class RequestOrigin {

    private String remoteAddr;
    private LoginResult loginResult;

    public String remoteAddr() {
        return remoteAddr;
    }

    public void remoteAddr(String remoteAddr) {
        this.remoteAddr = remoteAddr;
    }

    public LoginResult loginResult() {
        return loginResult;
    }

    public void loginResult(LoginResult loginResult) {
        this.loginResult = loginResult;
    }
}
