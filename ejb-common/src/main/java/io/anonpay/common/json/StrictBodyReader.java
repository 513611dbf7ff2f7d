package io.anonpay.common.json;

import io.anonpay.common.problem.ProblemException;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Checks a JSON request body before JSON-B binds it: at most {@value #MAX_BYTES} bytes (413 beyond), well-formed
 * (else a 400 that says where the parser stopped), and of the exact JSON types of the target (see
 * {@link JsonTypes}: a 400 that names the field). JSON-B alone would turn {@code "1"} into 1 and 12.5 into 12
 * without a word. Only records, lists and maps are held to a shape; an empty body and a JSON {@code null} are left to
 * the binding and Bean Validation.
 */
@Provider
public class StrictBodyReader implements ReaderInterceptor {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        Type target = context.getGenericType() == null ? context.getType() : context.getGenericType();
        if (JsonTypes.isShaped(target) && !isBlank(body)) {
            JsonTypes.check(parse(body), target);
        } else {
            wholeNumbersIfJson(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** A body read as text, bytes or JSON-P: no shape to hold it to, but no fractional number either. */
    private static void wholeNumbersIfJson(byte[] body) {
        JsonValue value;
        try (JsonReader reader = Jsonp.reader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException notJson) {
            return;
        }
        JsonTypes.check(value, Object.class);
    }

    /** The body as JSON, or a problem that says where it stops being JSON — never what it contains. */
    static JsonValue parse(byte[] body) {
        try (JsonReader reader = Jsonp.reader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonParsingException malformed) {
            JsonLocation at = malformed.getLocation();
            String where = at == null || at.getLineNumber() < 0 ? ""
                    : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
            throw notJson("the request body is not well-formed JSON" + where);
        } catch (JsonException | IllegalStateException malformed) {
            throw notJson("the request body is not well-formed JSON");
        }
    }

    private static ProblemException notJson(String detail) {
        return new ProblemException("malformed-body", "Malformed request body", 400, detail);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ProblemException("body-too-large", "Request body too large", 413,
                    "a request body may be at most " + MAX_BYTES / 1024 + " KiB");
        }
        return body;
    }
}
