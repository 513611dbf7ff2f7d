package io.anonpay.common.json;

import io.anonpay.common.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks a JSON request body before it is bound: at most {@value #MAX_BYTES} bytes (413 beyond), and every number
 * in it whole — JSON-B would otherwise turn a price of 12.5 into 12 without a word. Malformed JSON is left to the
 * binding, which answers 400.
 */
@Provider
public class WholeNumbersOnly implements ReaderInterceptor {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        try (JsonReader reader = Jsonp.reader(new ByteArrayInputStream(body))) {
            requireWhole(reader.readValue(), "");
        } catch (JsonException | IllegalStateException malformed) {
            // not JSON at all: the binding reports it as a malformed body
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ProblemException("body-too-large", "Request body too large", 413,
                    "a request body may be at most " + MAX_BYTES / 1024 + " KiB");
        }
        return body;
    }

    private static void requireWhole(JsonValue value, String path) {
        switch (value.getValueType()) {
            case NUMBER -> {
                if (!((JsonNumber) value).isIntegral()) {
                    throw ProblemException.invalid("invalid-request", (path.isEmpty() ? "the body" : path)
                            + ": must be a whole number (amounts are in minor units, sizes in cm and grams)");
                }
            }
            case OBJECT -> ((JsonObject) value).forEach((name, member) ->
                    requireWhole(member, path.isEmpty() ? name : path + "." + name));
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    requireWhole(array.get(i), path + "[" + i + "]");
                }
            }
            default -> {
            }
        }
    }
}
