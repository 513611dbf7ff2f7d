package io.anonpay.client;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;

/**
 * Turns a non-2xx answer into a {@link ClientFailure}: 4xx is the server refusing (exit 2), anything else is the
 * server failing (exit 4). The servers answer RFC 9457 problem+json; a body that is not one (a proxy's HTML page)
 * is still reported, shortened.
 */
final class ProblemResponse {

    private static final int MAX_RAW_BODY = 200;

    private ProblemResponse() {
    }

    static ClientFailure toFailure(String what, int status, String body) {
        JsonObject problem = parse(body);
        int exitCode = status >= 400 && status < 500 ? ExitCodes.REFUSED : ExitCodes.SERVER_ERROR;
        String prefix = what + ": HTTP " + status;
        if (problem == null) {
            String raw = body == null ? "" : body.strip();
            return new ClientFailure(exitCode, raw.isEmpty() ? prefix : prefix + ": " + shorten(raw), null);
        }
        return new ClientFailure(exitCode, prefix + " " + describe(problem), problem);
    }

    /** "Conflict: a purchase is shipped once it is paid" plus one line per invalid field. */
    static String describe(JsonObject problem) {
        StringBuilder text = new StringBuilder(text(problem, "title", "problem"));
        String detail = text(problem, "detail", "");
        if (!detail.isEmpty()) {
            text.append(": ").append(detail);
        }
        JsonValue violations = problem.get("violations");
        if (violations != null && violations.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue violation : violations.asJsonArray()) {
                if (violation instanceof JsonObject v) {
                    text.append(System.lineSeparator()).append("  ").append(text(v, "field", "?"))
                            .append(": ").append(text(v, "message", ""));
                }
            }
        }
        return text.toString();
    }

    private static JsonObject parse(String body) {
        if (body == null || !body.strip().startsWith("{")) {
            return null;
        }
        try (var reader = JsonSupport.reader(new StringReader(body))) {
            JsonObject object = reader.readObject();
            return object.containsKey("title") || object.containsKey("detail") || object.containsKey("type")
                    ? object : null;
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }

    private static String text(JsonObject object, String key, String fallback) {
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : value == null || value == JsonValue.NULL
                ? fallback : value.toString();
    }

    private static String shorten(String raw) {
        String oneLine = raw.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_RAW_BODY ? oneLine : oneLine.substring(0, MAX_RAW_BODY) + "...";
    }
}
