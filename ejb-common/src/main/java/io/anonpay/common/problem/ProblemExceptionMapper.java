package io.anonpay.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        Response response = Problems.response(exception.problem());
        return exception.retryAfterSeconds() == 0 ? response : Response.fromResponse(response)
                .header(HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds()).build();
    }
}
