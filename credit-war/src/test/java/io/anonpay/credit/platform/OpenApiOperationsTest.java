package io.anonpay.credit.platform;

import io.anonpay.it.ResourceClasses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * META-INF/openapi.yaml describes exactly the JAX-RS operations the credit company has: each resource method, with
 * the media types it consumes and produces, and the operator's credential on just the paths web.xml guards. A
 * resource added, moved or changed without the document fails here.
 */
class OpenApiOperationsTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private static Map<String, Object> document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream yaml = OpenApiOperationsTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            document = DocumentDiff.yaml(yaml);
        }
    }

    @Test
    void everyResourceMethodIsAnOperationAndNothingElseIs() throws Exception {
        assertThat(documented().keySet()).containsExactlyInAnyOrderElementsOf(resourceMethods().keySet());
    }

    @Test
    void eachOperationTakesAndGivesTheMediaTypesOfItsMethod() throws Exception {
        Map<String, Map<String, Object>> operations = documented();
        resourceMethods().forEach((operation, method) -> {
            Map<String, Object> described = operations.get(operation);
            assertThat(described).as(operation + " is documented").isNotNull();
            assertThat(mediaTypes(described.get("requestBody"))).as(operation + " consumes")
                    .isEqualTo(hasBody(method) ? consumes(method) : Set.of());
            responses(described).forEach((status, response) -> {
                Set<String> expected = status.startsWith("2") ? produces(method) : Set.of("application/problem+json");
                assertThat(mediaTypes(response)).as(operation + " answers " + status).isEqualTo(expected);
            });
        });
    }

    @Test
    void theOperatorCredentialGuardsExactlyThePathsWebXmlGuards() throws Exception {
        List<String> guarded = guardedPatterns();
        documented().forEach((operation, described) -> {
            String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
            boolean isGuarded = guarded.stream().anyMatch(pattern -> pattern.endsWith("/*")
                    ? path.startsWith(pattern.substring(0, pattern.length() - 1)) : path.equals(pattern));
            assertThat(described.get("security")).as(operation)
                    .isEqualTo(isGuarded ? List.of(Map.of("operator", List.of())) : null);
            assertThat(responses(described).containsKey("401")).as(operation + " answers 401").isEqualTo(isGuarded);
            assertThat(String.valueOf(responses(described).get("429"))).as(operation + " answers 429 when locked")
                    .matches(isGuarded ? "(?s).*operator-locked.*" : "(?s)(?!.*operator-locked).*");
        });
    }

    /** "GET /api/cards/{id}" → its operation object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> documented() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach(
                (method, operation) -> {
                    if (HTTP_METHODS.contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
                    }
                }));
        return operations;
    }

    /** "GET /api/cards/{id}" → its resource method, for every resource class of the server. */
    private static Map<String, Method> resourceMethods() throws IOException, URISyntaxException {
        String application = CreditApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        Map<String, Method> methods = new TreeMap<>();
        for (Class<?> resource : ResourceClasses.servedWith(CreditApi.class)) {
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    String path = "/" + application + "/" + resource.getAnnotation(Path.class).value()
                            + (method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
                    methods.put(verb + " " + path.replaceAll("/+", "/").replaceAll("/$", ""), method);
                }
            }
        }
        return methods;
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

    /** Whether a parameter is the entity: one without a JAX-RS annotation (or with nothing but validation ones). */
    private static boolean hasBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean injected = Stream.of(annotations).anyMatch(a -> a.annotationType().getPackageName()
                    .startsWith("jakarta.ws.rs"));
            if (!injected) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> consumes(Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : method.getDeclaringClass().getAnnotation(Consumes.class);
        return consumes == null ? Set.of("*/*") : Set.of(consumes.value());
    }

    private static Set<String> produces(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null ? Set.of("*/*") : Set.of(produces.value());
    }

    /** The operation's responses, each resolved when it is a $ref to components/responses. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> operation) {
        Map<String, Object> resolved = new TreeMap<>();
        ((Map<String, Object>) operation.get("responses")).forEach((status, response) -> {
            Object ref = ((Map<String, Object>) response).get("$ref");
            resolved.put(status, ref == null ? response : component((String) ref));
        });
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private static Object component(String ref) {
        Object at = document;
        for (String name : ref.substring(2).split("/")) {
            at = ((Map<String, Object>) at).get(name);
        }
        assertThat(at).as(ref).isNotNull();
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> mediaTypes(Object bodyOrResponse) {
        if (bodyOrResponse == null) {
            return Set.of();
        }
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) bodyOrResponse).get("content");
        return content == null ? Set.of() : new TreeSet<>(content.keySet());
    }

    private static List<String> guardedPatterns() throws IOException {
        String webXml = Files.readString(Paths.get("src/main/webapp/WEB-INF/web.xml"));
        Matcher constraint = Pattern.compile("(?s)<security-constraint>.*?</security-constraint>").matcher(webXml);
        List<String> patterns = new ArrayList<>();
        while (constraint.find()) {
            Matcher pattern = Pattern.compile("<url-pattern>([^<]+)</url-pattern>").matcher(constraint.group());
            while (pattern.find()) {
                patterns.add(pattern.group(1));
            }
        }
        assertThat(patterns).as("web.xml's guarded paths").isNotEmpty();
        return patterns;
    }
}
