package io.anonpay.common.limits;

import io.anonpay.common.problem.Problem;
import io.anonpay.common.problem.Problems;
import io.anonpay.common.rest.ResourceMethods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 429 {@code rate-limited} with {@code Retry-After} when a client calls a {@link RateLimited} operation
 * more often than its limit allows, before the body is read or a transaction starts. The 429 is counted with the
 * others by {@link io.anonpay.common.metrics.TooManyRequestsCount}, by endpoint family, never by client.
 * {@link RateLimits} is looked up rather than injected: JAX-RS providers are not CDI beans on every runtime. The
 * look-up is done once (the bean is application-scoped, so its proxy can be kept): this filter sees every request.
 */
@Provider
public class RateLimitFilter implements ContainerRequestFilter {

    public static final String TYPE = "rate-limited";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    private volatile RateLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        RateLimited limited = ResourceMethods.annotation(resource.getResourceMethod(), RateLimited.class);
        if (limited == null) {
            return;
        }
        RateLimits limits = limits();
        String forwarded = limits.clientHeader().map(request::getHeaderString).orElse(null);
        long retryAfter = limits.admit(limited.value(),
                ClientAddress.of(forwarded, servletRequest.getRemoteAddr()));
        if (retryAfter > 0) {
            request.abortWith(Response.fromResponse(Problems.response(problem(limited.value(), retryAfter)))
                    .header(HttpHeaders.RETRY_AFTER, retryAfter).build());
        }
    }

    private RateLimits limits() {
        RateLimits known = limits;
        if (known == null) {
            known = CDI.current().select(RateLimits.class).get();
            limits = known;
        }
        return known;
    }

    static Problem problem(String operation, long retryAfter) {
        return Problem.of(TYPE, "Too many requests", 429, "this client has sent too many " + operation
                + " requests; try again in " + retryAfter + " s");
    }
}
