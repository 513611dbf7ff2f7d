package io.anonpay.common.security;

import io.anonpay.common.audit.AuditEntry;
import io.anonpay.common.audit.AuditWriter;
import io.anonpay.common.audit.OperatorLockout;
import io.anonpay.common.problem.Problem;
import io.anonpay.common.problem.ProblemPage;
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
import jakarta.ws.rs.core.HttpHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * HTTP Basic for the operator API. Replaces {@code @BasicAuthenticationMechanismDefinition}, whose implementation
 * answers 500 to an {@code Authorization: Basic} header that is not Base64 or has no colon: here any credential that
 * cannot be read is simply not a login, and a protected resource answers 401 with the challenge. While the operator
 * account is locked ({@link OperatorLockout}) its password is not checked at all, right or wrong: a protected resource
 * answers 429 with Retry-After, any other goes on without a login.
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

    @Inject
    OperatorLockout lockout;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basic(request.getHeader("Authorization"));
        if (credential.isPresent()) {
            String caller = credential.get().getCaller();
            OptionalLong locked = operator.isOperator(caller) ? lockout.lockedFor(caller) : OptionalLong.empty();
            if (locked.isPresent()) {
                return context.isProtected() ? refuseLocked(caller, locked.getAsLong(), request, response) : context.doNothing();
            }
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            failedLogin(caller);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response);
    }

    /**
     * Recorded in a transaction of its own, with the user name only when it is the operator's (what was typed as an
     * unknown user may be a password), never the password tried nor the header.
     */
    private void failedLogin(String caller) {
        if (operator.isOperator(caller)) {
            lockout.failedLogin(caller);
        } else {
            audit.append(AuditEntry.of(AuditEntry.UNKNOWN_OPERATOR, AuditEntry.LOGIN, null,
                    StatusProblems.OPERATOR_CREDENTIAL_REQUIRED.type().toString()));
        }
    }

    /** A 429 that says when to come back; the refused attempt is on record, and does not lengthen the lock. */
    private AuthenticationStatus refuseLocked(String caller, long seconds, HttpServletRequest request,
                                              HttpServletResponse response) {
        audit.append(AuditEntry.of(caller, AuditEntry.LOGIN, null, StatusProblems.OPERATOR_LOCKED.type().toString()));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem(request, response, StatusProblems.OPERATOR_LOCKED);
    }

    /**
     * A 401 with the challenge and an RFC 9457 body like every other error, not the container's HTML page: the same
     * body as the error page's for a 401, which WildFly answers instead of this one.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        return problem(request, response, StatusProblems.OPERATOR_CREDENTIAL_REQUIRED);
    }

    /** Written here, and left for the error page ({@link ProblemPage#ANSWERED}) where the container sends it there. */
    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response,
                                                Problem problem) {
        request.setAttribute(ProblemPage.ANSWERED, problem);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Problems.json(problem));
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
