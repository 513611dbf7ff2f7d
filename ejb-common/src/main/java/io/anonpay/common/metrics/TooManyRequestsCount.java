package io.anonpay.common.metrics;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Counts every 429 the API answers by endpoint family: the first segment of the answering resource's path template
 * ({@code settlements}, {@code statements}, {@code payment-sessions}), never the request's path, which may carry an
 * identifier. The registry is looked up rather than injected: JAX-RS providers are not CDI beans on every runtime.
 */
@Provider
public class TooManyRequestsCount implements ContainerResponseFilter {

    static final int TOO_MANY_REQUESTS = 429;
    static final String UNMATCHED = "unmatched";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == TOO_MANY_REQUESTS) {
            CDI.current().select(Metrics.class).get().tooManyRequests(familyOf(request.getUriInfo().getMatchedResources()));
        }
    }

    /** The root resource is the last one matched; a CDI proxy's class is a subclass of the annotated one. */
    static String familyOf(List<Object> matched) {
        if (matched.isEmpty()) {
            return UNMATCHED;
        }
        for (Class<?> type = matched.get(matched.size() - 1).getClass(); type != null; type = type.getSuperclass()) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                return family(path.value());
            }
        }
        return UNMATCHED;
    }

    static String family(String template) {
        String trimmed = template.startsWith("/") ? template.substring(1) : template;
        int slash = trimmed.indexOf('/');
        String first = slash < 0 ? trimmed : trimmed.substring(0, slash);
        return first.isEmpty() || first.contains("{") ? UNMATCHED : first;
    }
}
