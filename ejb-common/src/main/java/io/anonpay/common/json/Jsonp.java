package io.anonpay.common.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;

import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;

/**
 * JSON-P through one provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look the provider
 * up again on every call (a service-loader scan of the class path, then an OSGi attempt that throws); on a
 * settlement that was about a sixth of the credit server's CPU. The factories are thread-safe.
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

    private Jsonp() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonReader reader(String json) {
        return READERS.createReader(new StringReader(json));
    }

    public static JsonReader reader(InputStream json) {
        return READERS.createReader(json);
    }
}
