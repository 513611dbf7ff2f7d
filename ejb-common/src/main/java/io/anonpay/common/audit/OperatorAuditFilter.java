package io.anonpay.common.audit;

import io.anonpay.common.problem.Problem;
import io.anonpay.common.problem.StatusProblems;
import io.anonpay.common.rest.ResourceMethods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.security.Principal;

/**
 * Audits every resource method marked {@link OperatorAction}. Before it runs: who, what and the opaque target, for
 * the service to record in its transaction. After: a refusal (any 4xx or 5xx, with its problem type) in a
 * transaction of its own, since the action's rolled back; and a success the service did not record itself, for an
 * action with no transaction of ours (a key rotation writes files, a dead letter moves on the broker).
 * CDI beans are looked up rather than injected: JAX-RS providers are not CDI beans on every runtime.
 */
@Provider
public class OperatorAuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        OperatorAction action = actionOf(resource.getResourceMethod());
        if (action == null) {
            return;
        }
        String target = action.target().isEmpty() ? null
                : AuditTarget.of(request.getUriInfo().getPathParameters().getFirst(action.target()));
        Principal caller = request.getSecurityContext().getUserPrincipal();
        CDI.current().select(OperatorRequest.class).get().start(
                caller == null ? AuditEntry.UNKNOWN_OPERATOR : caller.getName(), action.value(), target);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (actionOf(resource.getResourceMethod()) == null) {
            return;
        }
        OperatorRequest audited = CDI.current().select(OperatorRequest.class).get();
        if (!audited.audited()) {
            return;
        }
        String outcome;
        if (response.getStatus() >= 400) {
            outcome = (response.getEntity() instanceof Problem problem ? problem.type()
                    : StatusProblems.of(response.getStatus()).type()).toString();
        } else if (audited.wasRecorded()) {
            return;
        } else {
            outcome = AuditEntry.SUCCEEDED;
        }
        CDI.current().select(AuditWriter.class).get().append(
                AuditEntry.of(audited.operator(), audited.action(), audited.target(), outcome));
    }

    /** The annotation on the method, or on the method a CDI proxy's method overrides. */
    static OperatorAction actionOf(Method method) {
        return ResourceMethods.annotation(method, OperatorAction.class);
    }
}
