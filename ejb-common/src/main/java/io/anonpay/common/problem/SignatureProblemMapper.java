package io.anonpay.common.problem;

import io.anonpay.common.crypto.sign.SignatureRejectedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rejected signed message: a 4xx (or a 503 with Retry-After) whose problem type is the stable reason code. */
@Provider
public class SignatureProblemMapper implements ExceptionMapper<SignatureRejectedException> {

    @Override
    public Response toResponse(SignatureRejectedException exception) {
        Response response = Problems.response(Problems.of(exception.reason(), exception.getMessage()));
        int retryAfter = exception.reason().retryAfterSeconds();
        return retryAfter == 0 ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }
}
