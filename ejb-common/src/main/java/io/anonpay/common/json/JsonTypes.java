package io.anonpay.common.json;

import io.anonpay.common.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a parsed JSON body against the Java type it is about to be bound to, so that JSON-B's lenient conversions
 * never happen: {@code "1"} is not a number, {@code 1} is not a string, {@code "true"} is not a boolean. Records are
 * checked component by component (JSON-B's property names are the component names: nothing here renames them),
 * lists element by element; a record member that has no component is an unknown field. Every number, wherever it
 * is, must be whole. A refusal names the field and what it must be, never the value sent (it may be a card number
 * or a password).
 */
final class JsonTypes {

    private static final Pattern PRINTABLE_NAME = Pattern.compile("[A-Za-z0-9_$-]{1,40}");

    private JsonTypes() {
    }

    /** Whether a body of this type has a shape to check: a record, a list or a map (not text, bytes or JSON-P). */
    static boolean isShaped(Type type) {
        Class<?> raw = JavaTypes.raw(type);
        return raw != null && (raw.isRecord() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw));
    }

    static void check(JsonValue value, Type type) {
        check(value, type, "");
    }

    private static void check(JsonValue value, Type type, String path) {
        Class<?> raw = JavaTypes.raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw != null && raw.isPrimitive()) {
                throw wrongType(path, expected(raw), value);
            }
            return;
        }
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            wholeNumbersOnly(value, path);
        } else if (raw == String.class) {
            require(value, JsonValue.ValueType.STRING, raw, path);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw wrongType(path, expected(raw), value);
            }
        } else if (JavaTypes.isNumber(raw)) {
            require(value, JsonValue.ValueType.NUMBER, raw, path);
            checkNumber((JsonNumber) value, raw, path);
        } else if (raw.isEnum()) {
            require(value, JsonValue.ValueType.STRING, raw, path);
            checkConstant(((jakarta.json.JsonString) value).getString(), raw, path);
        } else if (raw.isRecord()) {
            require(value, JsonValue.ValueType.OBJECT, raw, path);
            checkRecord((JsonObject) value, raw, path);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            require(value, JsonValue.ValueType.ARRAY, raw, path);
            Type element = JavaTypes.elementType(type, raw);
            JsonArray array = (JsonArray) value;
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            require(value, JsonValue.ValueType.OBJECT, raw, path);
            Type valueType = JavaTypes.typeArgument(type, 1);
            ((JsonObject) value).forEach((name, member) -> check(member, valueType, child(path, name)));
        } else {
            wholeNumbersOnly(value, path);
        }
    }

    private static void checkRecord(JsonObject object, Class<?> record, String path) {
        Map<String, RecordComponent> components = Arrays.stream(record.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            RecordComponent component = components.get(member.getKey());
            if (component == null) {
                throw malformed(where(path) + "unknown field " + printable(member.getKey()));
            }
            check(member.getValue(), component.getGenericType(), child(path, member.getKey()));
        }
    }

    private static void checkNumber(JsonNumber number, Class<?> raw, String path) {
        if (!number.isIntegral()) {
            throw ProblemException.invalid("invalid-request", label(path)
                    + ": must be a whole number (amounts are in minor units, sizes in cm and grams)");
        }
        long[] range = JavaTypes.range(raw);
        if (range != null) {
            BigInteger whole = number.bigDecimalValue().toBigIntegerExact();
            if (whole.compareTo(BigInteger.valueOf(range[0])) < 0 || whole.compareTo(BigInteger.valueOf(range[1])) > 0) {
                throw malformed(label(path) + ": must be a whole number from " + range[0] + " to " + range[1]);
            }
        }
    }

    private static void checkConstant(String name, Class<?> enumType, String path) {
        Object[] constants = enumType.getEnumConstants();
        if (Arrays.stream(constants).noneMatch(c -> ((Enum<?>) c).name().equals(name))) {
            throw malformed(label(path) + ": must be " + expected(enumType));
        }
    }

    /** Where no type says otherwise (a JSON value, an object of any class): at least no fractional number. */
    private static void wholeNumbersOnly(JsonValue value, String path) {
        switch (value.getValueType()) {
            case NUMBER -> {
                if (!((JsonNumber) value).isIntegral()) {
                    checkNumber((JsonNumber) value, Object.class, path);
                }
            }
            case OBJECT -> ((JsonObject) value).forEach((name, member) -> wholeNumbersOnly(member, child(path, name)));
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    wholeNumbersOnly(array.get(i), path + "[" + i + "]");
                }
            }
            default -> {
            }
        }
    }

    private static void require(JsonValue value, JsonValue.ValueType type, Class<?> raw, String path) {
        if (value.getValueType() != type) {
            throw wrongType(path, expected(raw), value);
        }
    }

    private static ProblemException wrongType(String path, String expected, JsonValue actual) {
        return malformed(label(path) + ": must be " + expected + ", not " + describe(actual));
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException("malformed-body", "Malformed request body", 400, detail);
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "a string";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (JavaTypes.isNumber(raw)) {
            return "a number";
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static String child(String path, String name) {
        String printable = PRINTABLE_NAME.matcher(name).matches() ? name : "?";
        return path.isEmpty() ? printable : path + "." + printable;
    }

    private static String label(String path) {
        return path.isEmpty() ? "the body" : path;
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    /** A field name the client chose: shown only when it looks like a field name, so that no value leaks. */
    private static String printable(String name) {
        return PRINTABLE_NAME.matcher(name).matches() ? "\"" + name + "\"" : "(a name that is not shown)";
    }
}
