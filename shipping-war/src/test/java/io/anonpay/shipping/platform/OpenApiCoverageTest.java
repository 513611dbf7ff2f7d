package io.anonpay.shipping.platform;

import io.anonpay.it.ResourceClasses;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * META-INF/openapi.yaml describes exactly the operations the resource classes have: with annotation scanning off,
 * nothing else would notice a resource method added without its description, or a description left behind.
 */
class OpenApiCoverageTest {

    private static final java.nio.file.Path WRITTEN = java.nio.file.Path.of("src/main/resources/META-INF/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Test
    void everyResourceMethodIsDescribedAndNothingElse() throws IOException {
        assertThat(documented()).containsExactlyInAnyOrderElementsOf(implemented());
    }

    /** "POST /api/shipments" for each operation of the document. */
    private static Set<String> documented() throws IOException {
        try (Reader reader = Files.newBufferedReader(WRITTEN)) {
            Map<?, ?> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Set<String> operations = new TreeSet<>();
            ((Map<?, ?>) document.get("paths")).forEach((path, item) -> ((Map<?, ?>) item).keySet().stream()
                    .map(String::valueOf).filter(METHODS::contains)
                    .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
            return operations;
        }
    }

    /** The same for each resource method of the classes the WAR carries, under the application's path. */
    private static Set<String> implemented() throws IOException {
        String application = "/" + ShippingApi.class.getAnnotation(ApplicationPath.class).value();
        Set<String> operations = new TreeSet<>();
        for (Class<?> type : ResourceClasses.servedWith(ShippingApi.class)) {
            Path resource = type.getAnnotation(Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                Path sub = method.getAnnotation(Path.class);
                assertThat(verb != null || sub == null).as("%s is a sub-resource locator: describe what it "
                        + "locates and teach this test", method).isTrue();
                if (verb != null) {
                    operations.add(verb + " " + join(application, resource.value(),
                            sub == null ? "" : sub.value()));
                }
            }
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Segments joined with single slashes, and a template's regular expression ({id: [0-9]+}) left out. */
    private static String join(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            for (String part : segment.split("/")) {
                if (!part.isEmpty()) {
                    path.append('/').append(part.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}"));
                }
            }
        }
        return path.toString();
    }
}
