package org.pharmadist.platform.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;

/**
 * The API tokens screen ({@code security/tokens.xhtml}, permission {@code security:view}; issuing and
 * revoking need {@code security:administer}): issue a token for a user and a client, shown once right
 * after issuing, and the list of tokens (never their text or digest) with Revoke.
 */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form field ids by the field names of the service's input errors. */
    private static final Map<String, String> FIELDS = Map.of(
            "username", "tokensForm:username",
            "clientName", "tokensForm:clientName",
            "validityDays", "tokensForm:validityDays");

    @Inject
    SecurityAdministration administration;

    private boolean allowed;
    private List<TokenSummary> tokens = List.of();
    private List<String> usernames = List.of();

    private String username;
    private String clientName;
    private Integer validityDays = 90;

    /** The token just issued: transient, so it is never written out with the session; cleared by the next action. */
    private transient String issuedToken;
    private Long issuedId;
    private String issuedFor;
    private Instant issuedExpiresAt;

    /** View action: loads the tokens and the users, or shows why the caller may not see them. */
    public void load() {
        try {
            usernames = administration.users().stream().map(AccountService.UserSummary::username).toList();
            tokens = administration.tokens();
            allowed = true;
        } catch (BusinessException e) {
            allowed = false;
            AdminPages.error(e.getMessage());
        }
    }

    private void refreshTokens() {
        try {
            tokens = administration.tokens();
        } catch (BusinessException e) {
            AdminPages.error(e.getMessage());
        }
    }

    /** Issues a token; its text is shown once, in the box above the list. */
    public void issue() {
        forgetIssuedToken();
        IssuedToken token;
        try {
            token = administration.issueToken(username, clientName, validityDays == null ? 0 : validityDays);
        } catch (BusinessException e) {
            String field = e.fieldErrors().keySet().stream().filter(FIELDS::containsKey).findFirst().orElse(null);
            AdminPages.error(field == null ? null : FIELDS.get(field), e.getMessage());
            return;
        }
        issuedToken = token.token();
        issuedId = token.id();
        issuedFor = clientName.strip() + " (" + username + ")";
        issuedExpiresAt = token.expiresAt();
        clientName = null;
        refreshTokens();
    }

    /** Revokes a token at once. */
    public void revoke(long tokenId) {
        forgetIssuedToken();
        try {
            administration.revokeToken(tokenId);
        } catch (BusinessException e) {
            AdminPages.error(e.getMessage());
            return;
        }
        refreshTokens();
        AdminPages.info("Token " + tokenId + " is revoked; clients using it are refused from now on.");
    }

    /** Hides the token just issued (after the administrator copied it). */
    public void forgetIssuedToken() {
        issuedToken = null;
        issuedId = null;
        issuedFor = null;
        issuedExpiresAt = null;
    }

    /** "active", "revoked" or "expired". */
    public String status(TokenSummary token) {
        if (token.revokedAt() != null) {
            return "revoked";
        }
        return token.isValidAt(Instant.now()) ? "active" : "expired";
    }

    /** UTC time stamp for the table. */
    public String utc(Instant instant) {
        return AdminPages.utc(instant);
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** All tokens, newest first. */
    public List<TokenSummary> getTokens() {
        return tokens;
    }

    /** User names to issue a token for. */
    public List<String> getUsernames() {
        return usernames;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    /** The token just issued, or null. */
    public String getIssuedToken() {
        return issuedToken;
    }

    public Long getIssuedId() {
        return issuedId;
    }

    /** "client (user)" of the token just issued. */
    public String getIssuedFor() {
        return issuedFor;
    }

    /** Expiry of the token just issued (UTC). */
    public String getIssuedExpiresAt() {
        return AdminPages.utc(issuedExpiresAt);
    }
}
