package io.anonpay.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What JAX-RS itself rejects (unknown path, wrong method, unsupported media type …) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return Problems.response(Problem.of("internal-error", "Internal error", 500,
                    "the server could not handle the request; it has been logged"));
        }
        Response.StatusType info = original.getStatusInfo();
        String slug = info.getReasonPhrase() == null ? "http-" + status
                : info.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(
                Problem.of(slug, info.getReasonPhrase(), status, detail(exception, status))));
        return builder.type(Problem.MEDIA_TYPE).build();
    }

    private static String detail(WebApplicationException exception, int status) {
        return switch (status) {
            case 400 -> "the request body is not valid JSON for this resource";
            case 401 -> "this resource needs the operator credential";
            case 403 -> "the credential given may not use this resource";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "this resource answers application/json only";
            case 415 -> "send the request body as application/json";
            default -> exception.getMessage();
        };
    }
}
