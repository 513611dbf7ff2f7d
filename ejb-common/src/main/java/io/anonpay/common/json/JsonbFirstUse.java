package io.anonpay.common.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Asks for the application's JSON-B once, under a lock, before the first request goes on. Payara wraps the
 * application's own {@code ContextResolver<Jsonb>} ({@link StrictJson}) in a resolver that instantiates the wrapped
 * classes into a plain list on its first use per Java type: two requests binding different types in the first
 * moments of a fresh instance changed that list under each other, and one of them answered 500 (a
 * {@code ConcurrentModificationException} seen in {@code FloodIT}). Once asked, the list is never changed again.
 * Elsewhere (WildFly) this is one look-up more, once.
 */
@Provider
@PreMatching
public class JsonbFirstUse implements ContainerRequestFilter {

    @Context
    Providers providers;

    private volatile boolean asked;

    @Override
    public void filter(ContainerRequestContext request) {
        if (asked) {
            return;
        }
        synchronized (this) {
            if (!asked) {
                ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class,
                        MediaType.APPLICATION_JSON_TYPE);
                if (resolver != null) {
                    resolver.getContext(Object.class);
                }
                asked = true;
            }
        }
    }
}
