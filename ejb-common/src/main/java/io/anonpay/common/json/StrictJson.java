package io.anonpay.common.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies with fields the server does not know are refused (400), not silently dropped: nothing a client
 * adds — a product name sent to a credit company least of all — is taken in. (Yasson's own switch; JSON-B has no
 * standard one.)
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb STRICT = JsonbBuilder.create(
            new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return STRICT;
    }
}
