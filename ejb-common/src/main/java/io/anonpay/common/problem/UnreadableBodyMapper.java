package io.anonpay.common.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that JSON-B cannot read into the request record (Jersey reports it as a ProcessingException): the
 * client's fault, a 400.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problems.response(Problem.of("malformed-body", "Malformed request body", 400,
                "the request body could not be bound to this resource's request"));
    }
}
