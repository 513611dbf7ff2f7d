package io.anonpay.common.security;

import io.anonpay.common.audit.AuditEntry;
import io.anonpay.common.audit.AuditWriter;
import io.anonpay.common.problem.Problem;
import io.anonpay.common.problem.Problems;
import io.anonpay.common.problem.StatusProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic for the operator API. Replaces {@code @BasicAuthenticationMechanismDefinition}, whose implementation
 * answers 500 to an {@code Authorization: Basic} header that is not Base64 or has no colon: here any credential that
 * cannot be read is simply not a login, and a protected resource answers 401 with the challenge.
 */
@ApplicationScoped
public class OperatorBasicAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "anonpay-operator";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    OperatorIdentityStore operator;

    @Inject
    AuditWriter audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basic(request.getHeader("Authorization"));
        if (credential.isPresent()) {
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            failedLogin(credential.get().getCaller());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(response);
    }

    /**
     * Recorded in a transaction of its own, with the user name only when it is the operator's (what was typed as an
     * unknown user may be a password), never the password tried nor the header.
     */
    private void failedLogin(String caller) {
        audit.append(AuditEntry.of(operator.isOperator(caller) ? caller : AuditEntry.UNKNOWN_OPERATOR,
                AuditEntry.LOGIN, null, StatusProblems.OPERATOR_CREDENTIAL_REQUIRED.type().toString()));
    }

    /**
     * A 401 with the challenge and an RFC 9457 body like every other error, not the container's HTML page: the same
     * body as the error page's for a 401, which WildFly answers instead of this one.
     */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Problems.json(StatusProblems.OPERATOR_CREDENTIAL_REQUIRED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The user and password of a well-formed Basic header; empty for anything else. */
    static Optional<UsernamePasswordCredential> basic(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
