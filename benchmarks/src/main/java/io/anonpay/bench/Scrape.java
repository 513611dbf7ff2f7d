package io.anonpay.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One server's {@code /metrics} at one moment, parsed from Prometheus text (format 0.0.4): its samples, each a
 * metric name, labels and a value. A counter that was never incremented has no sample yet (Micrometer registers it at
 * its first increment), so a missing counter reads 0; a missing gauge reads NaN.
 */
final class Scrape {

    /** One line of the text: {@code name{label="value",...} value [timestamp]}. */
    record Sample(String name, Map<String, String> labels, double value) {

        /** Whether this sample carries every label of {@code match} with the same value. */
        boolean matches(Map<String, String> match) {
            return match.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        }
    }

    private final List<Sample> samples;

    private Scrape(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** A server that could not be read: every figure of it is missing. */
    static Scrape none() {
        return new Scrape(List.of());
    }

    /** @throws IllegalArgumentException naming the line that is not a sample, a comment or blank */
    static Scrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                samples.add(sample(trimmed));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + number + " is no Prometheus sample (" + e.getMessage()
                        + "): " + trimmed, e);
            }
        }
        return new Scrape(samples);
    }

    boolean isEmpty() {
        return samples.isEmpty();
    }

    List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** Whether any sample of {@code name} is there. */
    boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    /** The sum of the samples of {@code name} that carry the labels of {@code match}; 0 when there is none. */
    double sum(String name, Map<String, String> match) {
        return samples(name).stream().filter(s -> s.matches(match)).mapToDouble(Sample::value).sum();
    }

    double sum(String name) {
        return sum(name, Map.of());
    }

    /** A gauge's value (summed over its series); NaN when the server did not show it. */
    double gauge(String name) {
        return has(name) ? sum(name) : Double.NaN;
    }

    /** The samples of {@code name} summed by the value of {@code label}, sorted by that value. */
    Map<String, Double> byLabel(String name, String label) {
        Map<String, Double> sums = new TreeMap<>();
        for (Sample s : samples(name)) {
            sums.merge(s.labels().getOrDefault(label, ""), s.value(), Double::sum);
        }
        return sums;
    }

    /**
     * How much a counter grew from {@code before} to {@code after}; NaN when it shrank (the server restarted in
     * between, so the difference says nothing) or when either scrape is missing.
     */
    static double increase(Scrape before, Scrape after, String name, Map<String, String> match) {
        if (before.isEmpty() || after.isEmpty()) {
            return Double.NaN;
        }
        double grown = after.sum(name, match) - before.sum(name, match);
        return grown < 0 ? Double.NaN : grown;
    }

    private static Sample sample(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        String name = line.substring(0, i);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no metric name");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i = labels(line, i + 1, labels);
        }
        String[] rest = line.substring(i).strip().split("\\s+");
        if (rest.length < 1 || rest.length > 2 || rest[0].isEmpty()) {
            throw new IllegalArgumentException("expected a value and at most a timestamp");
        }
        return new Sample(name, Collections.unmodifiableMap(labels), value(rest[0]));
    }

    /** Reads {@code label="value",...}} from {@code i}; returns the index after the closing brace. */
    private static int labels(String line, int i, Map<String, String> labels) {
        while (true) {
            while (i < line.length() && (line.charAt(i) == ',' || line.charAt(i) == ' ')) {
                i++;
            }
            if (i >= line.length()) {
                throw new IllegalArgumentException("labels not closed");
            }
            if (line.charAt(i) == '}') {
                return i + 1;
            }
            int equals = line.indexOf('=', i);
            if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                throw new IllegalArgumentException("a label without =\"value\"");
            }
            String label = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            int j = equals + 2;
            for (; j < line.length() && line.charAt(j) != '"'; j++) {
                char c = line.charAt(j);
                if (c == '\\' && j + 1 < line.length()) {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            if (j >= line.length()) {
                throw new IllegalArgumentException("label value not closed");
            }
            labels.put(label, value.toString());
            i = j + 1;
        }
    }

    /** A sample value: a Java or Go float, or +Inf, -Inf, NaN as Prometheus writes them. */
    static double value(String token) {
        return switch (token) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(token);
        };
    }
}
