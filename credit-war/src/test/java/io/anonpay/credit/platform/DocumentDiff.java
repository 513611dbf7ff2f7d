package io.anonpay.credit.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An OpenAPI document as plain values (maps, lists, strings, numbers as {@link BigDecimal}, booleans, null), read
 * from YAML or JSON alike, and the differences between two of them, each named by its JSON pointer.
 */
final class DocumentDiff {

    private DocumentDiff() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(InputStream text) {
        LoaderOptions options = new LoaderOptions();
        DumperOptions unused = new DumperOptions();
        Object document = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options,
                new TimestampsAsText()).load(text);
        return (Map<String, Object>) plain(document);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(JsonObject document) {
        return (Map<String, Object>) plain(document);
    }

    /** Every difference: "/paths/~1api~1keys/get/operationId: expected ..., served ...". */
    static List<String> between(Object expected, Object served) {
        List<String> differences = new ArrayList<>();
        compare("", expected, served, differences);
        return differences;
    }

    private static void compare(String at, Object expected, Object served, List<String> differences) {
        if (expected instanceof Map<?, ?> left && served instanceof Map<?, ?> right) {
            TreeSet<String> names = new TreeSet<>();
            left.keySet().forEach(name -> names.add((String) name));
            right.keySet().forEach(name -> names.add((String) name));
            for (String name : names) {
                String member = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!left.containsKey(name)) {
                    differences.add(member + ": not in the file, served " + right.get(name));
                } else if (!right.containsKey(name)) {
                    differences.add(member + ": in the file, not served");
                } else {
                    compare(member, left.get(name), right.get(name), differences);
                }
            }
        } else if (expected instanceof List<?> left && served instanceof List<?> right && left.size() == right.size()) {
            for (int i = 0; i < left.size(); i++) {
                compare(at + "/" + i, left.get(i), right.get(i), differences);
            }
        } else if (expected == null ? served != null : !expected.equals(served)) {
            differences.add(at + ": the file has " + expected + ", served " + served);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof JsonValue json) {
            return plainJson(json);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> members = new LinkedHashMap<>();
            map.forEach((name, member) -> members.put(String.valueOf(name), plain(member)));
            return members;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DocumentDiff::plain).toList();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        return value;
    }

    /**
     * YAML 1.1 reads an unquoted {@code 2026-12-01T00:00:00Z} as a timestamp; Payara writes the document's date-time
     * examples unquoted. In JSON, and in the document's meaning, they are strings: read them as text.
     */
    private static final class TimestampsAsText extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first);
            }
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    private static Object plainJson(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> members.put(name, plainJson(member)));
                yield members;
            }
            case ARRAY -> value.asJsonArray().stream().map(DocumentDiff::plainJson).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().stripTrailingZeros();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
