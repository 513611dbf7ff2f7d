package io.anonpay.mall.platform;

import io.anonpay.it.ResourceClasses;
import io.anonpay.mall.platform.web.MallApi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * META-INF/openapi.yaml describes every JAX-RS operation of the mall's web module and no other: the same paths and
 * methods, each with the request content types the resource method consumes. A resource added or changed without
 * its document fails here, before any server starts.
 */
class OpenApiCoverageTest {

    private static final java.nio.file.Path CLASSES = Paths.get("target", "classes");

    @Test
    void theDocumentHasExactlyTheResourcesOperations() throws IOException {
        Map<String, Set<String>> code = operationsInCode();
        Map<String, Set<String>> document = operationsInDocument();

        assertThat(document.keySet()).isEqualTo(code.keySet());
        assertThat(code).isNotEmpty();
        code.forEach((operation, consumed) -> assertThat(document.get(operation))
                .as("request content types of %s", operation).isEqualTo(consumed));
    }

    /** "POST /api/purchases" → the media types its resource method consumes (empty: it reads no body). */
    private static Map<String, Set<String>> operationsInCode() throws IOException {
        Map<String, Set<String>> operations = new TreeMap<>();
        for (Class<?> resource : ResourceClasses.servedWith(MallApi.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String path = join("/api", resource.getAnnotation(Path.class).value(),
                        method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
                String operation = verb + " " + path;
                Set<String> consumed = operations.computeIfAbsent(operation, key -> new TreeSet<>());
                if (Arrays.stream(method.getParameters()).anyMatch(OpenApiCoverageTest::isBody)) {
                    Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                            : resource.getAnnotation(Consumes.class);
                    consumed.addAll(Arrays.asList(consumes.value()));
                }
            }
        }
        return operations;
    }

    private static boolean isBody(java.lang.reflect.Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName()
                .equals("jakarta.ws.rs") || a.annotationType().getPackageName().equals("jakarta.ws.rs.core"))
                || parameter.isAnnotationPresent(jakarta.ws.rs.FormParam.class);
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> operationsInDocument() throws IOException {
        Map<String, Object> document;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/openapi.yaml"))) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        Map<String, Set<String>> operations = new TreeMap<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((key, value) -> {
            if (!key.equals("parameters")) {
                Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) value).get("requestBody");
                operations.put(key.toUpperCase() + " " + path, body == null ? new TreeSet<>()
                        : new TreeSet<>(((Map<String, Object>) body.get("content")).keySet()));
            }
        }));
        return operations;
    }
}
