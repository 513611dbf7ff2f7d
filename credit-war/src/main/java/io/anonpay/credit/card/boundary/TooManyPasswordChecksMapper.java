package io.anonpay.credit.card.boundary;

import io.anonpay.common.problem.Problems;
import io.anonpay.credit.card.control.TooManyPasswordChecksException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 429 with Retry-After, so that clients (and the payment page) know when to try again. */
@Provider
public class TooManyPasswordChecksMapper implements ExceptionMapper<TooManyPasswordChecksException> {

    @Override
    public Response toResponse(TooManyPasswordChecksException exception) {
        return Response.fromResponse(Problems.response(exception.problem()))
                .header(HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds())
                .build();
    }
}
