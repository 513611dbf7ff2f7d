package io.anonpay.common.problem;

import io.anonpay.common.crypto.seal.SealingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rejected sealed identifier: a 4xx whose problem type is the stable reason code. */
@Provider
public class SealedIdentifierProblemMapper implements ExceptionMapper<SealingException> {

    @Override
    public Response toResponse(SealingException exception) {
        return Problems.response(Problems.of(exception.reason(), exception.getMessage()));
    }
}
