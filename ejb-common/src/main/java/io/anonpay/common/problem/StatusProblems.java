package io.anonpay.common.problem;

import jakarta.ws.rs.core.Response;

/**
 * The problem for a bare HTTP status that the platform (JAX-RS or the servlet container) raises before any
 * application code: one stable type per status, named after its reason phrase ({@code not-found},
 * {@code method-not-allowed}, {@code unsupported-media-type} …), so that both ways in answer the same. A 401 is
 * only ever about the operator credential: it is {@link #OPERATOR_CREDENTIAL_REQUIRED}, the body the operator's
 * HTTP Basic mechanism answers too, because which of the two a client gets depends on the server (Payara answers
 * from the mechanism, WildFly from the error page).
 */
public final class StatusProblems {

    public static final Problem OPERATOR_CREDENTIAL_REQUIRED = Problem.of("operator-credential-required",
            "Unauthorized", 401, "this resource needs the operator credential (HTTP Basic)");

    /**
     * The operator account is locked after too many failed logins ({@code OperatorLockout}); the reply's Retry-After
     * says for how long. Answered by the operator's HTTP Basic mechanism, outside JAX-RS, hence here.
     */
    public static final Problem OPERATOR_LOCKED = Problem.of("operator-locked", "Too many requests", 429,
            "the operator account is locked after too many failed logins; ask again after Retry-After seconds");

    private StatusProblems() {
    }

    public static Problem of(int status) {
        if (status >= 500) {
            return Problem.of("internal-error", "Internal error", 500,
                    "the server could not handle the request; it has been logged");
        }
        if (status == 401) {
            return OPERATOR_CREDENTIAL_REQUIRED;
        }
        if (status == 413) {
            // the same type as the JSON reader's own limit: one name for one refusal
            return Problem.of("body-too-large", "Request body too large", 413, "the request body is too large");
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = known == null ? "http-" + status : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return Problem.of(slug, reason, status, detail(status, reason));
    }

    private static String detail(int status, String reason) {
        return switch (status) {
            case 400 -> "the request is malformed (its path, its headers or its body)";
            case 403 -> "the credential given may not use this resource";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "this resource answers application/json only";
            case 414 -> "the request path is too long";
            case 415 -> "send the request body as application/json";
            default -> reason.toLowerCase();
        };
    }
}
