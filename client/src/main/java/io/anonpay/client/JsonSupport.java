package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.Reader;
import java.io.StringWriter;
import java.util.Map;

/** Small null-tolerant accessors: the servers may add fields or leave some null, and the client must not trip. */
final class JsonSupport {

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonSupport() {
    }

    static JsonReader reader(Reader source) {
        return Json.createReader(source);
    }

    static String pretty(JsonStructure document) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.write(document);
        }
        return out.toString().strip();
    }

    /** The string at key, or null when absent, null or not a string. */
    static String string(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** A string the client cannot go on without: its absence is the server's fault (exit 4). */
    static String required(JsonObject object, String key, String who) {
        String value = string(object, key);
        if (value == null || value.isBlank()) {
            throw ClientFailure.serverError(who + " answered without '" + key + "'");
        }
        return value;
    }

    static long number(JsonObject object, String key, long fallback) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonNumber n ? n.longValue() : fallback;
    }

    static Integer integerOrNull(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonNumber n ? n.intValue() : null;
    }

    static boolean bool(JsonObject object, String key) {
        return object != null && object.get(key) == JsonValue.TRUE;
    }

    static JsonObject object(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonObject o ? o : null;
    }

    static JsonObject asObject(JsonValue value, String what) {
        if (value instanceof JsonObject o) {
            return o;
        }
        throw ClientFailure.serverError(what + " answered " + kind(value) + " where a JSON object was expected");
    }

    static JsonArray asArray(JsonValue value, String what) {
        if (value instanceof JsonArray a) {
            return a;
        }
        throw ClientFailure.serverError(what + " answered " + kind(value) + " where a JSON array was expected");
    }

    private static String kind(JsonValue value) {
        return value == null ? "nothing" : value.getValueType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
