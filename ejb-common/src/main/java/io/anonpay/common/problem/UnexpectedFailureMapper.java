package io.anonpay.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not mapped otherwise is our fault: a 500 with a reference the operator finds in the log, and no
 * internals in the body (they could carry data this party must not echo).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause != cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return Problems.response(problem.problem());
            }
            cause = cause.getCause();
        }
        if (cause instanceof ProblemException problem) {
            return Problems.response(problem.problem());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, reference " + reference, exception);
        return Problems.response(Problem.of("internal-error", "Internal error", 500,
                "the server could not handle the request; reference " + reference));
    }
}
