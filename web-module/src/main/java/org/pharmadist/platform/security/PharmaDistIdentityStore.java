package org.pharmadist.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's identity store (Jakarta Security): users, password hashes, roles and API
 * tokens in PostgreSQL through {@link AccountService}. Roles are returned as groups, which both
 * servers map to the roles of the same name.
 */
@ApplicationScoped
public class PharmaDistIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    RequestOrigin origin;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            LoginResult result = accounts.login(password.getCaller(), password.getPassword().getValue(), origin.remoteAddr());
            origin.loginResult(result);
            return result.status() == LoginResult.Status.SUCCESS
                    ? new CredentialValidationResult(result.username(), groups(result.roles()))
                    : CredentialValidationResult.INVALID_RESULT;
        }
        if (credential instanceof BearerTokenCredential bearer) {
            Optional<AccountService.CallerIdentity> identity = accounts.authenticateToken(bearer.token(), origin.remoteAddr());
            return identity.map(i -> new CredentialValidationResult(i.username(), groups(i.roles())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
