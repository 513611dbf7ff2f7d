package io.anonpay.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the operator's user and password against configuration ({@code OPERATOR_USER},
 * {@code OPERATOR_PASSWORD}), as presented by {@link OperatorBasicAuthentication}. With no password configured
 * nobody is an operator: the operator API stays shut.
 */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

    public static final String ROLE = "operator";

    @Inject
    @ConfigProperty(name = "operator.user", defaultValue = "operator")
    String user;

    @Inject
    @ConfigProperty(name = "operator.password")
    Optional<String> password;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (password.isEmpty() || password.get().isBlank()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean userMatches = constantTimeEquals(user, credential.getCaller());
        boolean passwordMatches = constantTimeEquals(password.get(), credential.getPasswordAsString());
        return userMatches && passwordMatches
                ? new CredentialValidationResult(credential.getCaller(), Set.of(ROLE))
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** Whether a user name is the operator's, whatever the password. */
    public boolean isOperator(String caller) {
        return constantTimeEquals(user, caller);
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
