package io.anonpay.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself rejects (unknown path, wrong method, unsupported media type …) as problem+json; the headers
 * it set (a 405's {@code Allow}) stay.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Problem problem = StatusProblems.of(exception.getResponse().getStatus());
        if (problem.status() >= 500) {
            return Problems.response(problem);
        }
        return Response.fromResponse(exception.getResponse()).status(problem.status())
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
