package io.anonpay.credit.platform;

import io.anonpay.credit.CreditDeployment;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /openapi} serves is META-INF/openapi.yaml of the packaged credit.war, member for member: annotation
 * scanning is off, so no generated path, schema or parameter may creep in, and none of the file's may be lost or
 * changed. Payara adds two members of its own, and only those may differ: {@code servers} (where it listens) and
 * {@code endpoints} (each application's context root with its paths; not an OpenAPI member, Payara cannot be told to
 * leave it out).
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final String DOCUMENT = "/WEB-INF/classes/META-INF/openapi.yaml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServedDocumentIsTheFile() throws Exception {
        Map<String, Object> file = fileInTheWar();
        Map<String, Object> served = served("?format=JSON", "application/json");

        assertThat(DocumentDiff.between(without(file, "servers"), without(served, "servers", "endpoints")))
                .as("how /openapi differs from " + DOCUMENT).isEmpty();
    }

    @Test
    void payaraAddsOnlyWhereTheApplicationIs() throws Exception {
        Map<String, Object> file = fileInTheWar();
        Map<String, Object> served = served("?format=JSON", "application/json");

        assertThat(served.get("endpoints")).as("Payara's endpoints").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("/credit").extractingByKey("/credit").asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrderElementsOf(paths(file));
        assertThat(served.get("servers")).as("Payara's servers").asInstanceOf(InstanceOfAssertFactories.LIST)
                .isNotEmpty().allSatisfy(server -> assertThat(((Map<?, ?>) server).get("url")).asString()
                        .endsWith("/credit"));
    }

    @Test
    void theYamlServedIsTheJsonServed() throws Exception {
        Map<String, Object> asJson = served("", "application/json");
        Map<String, Object> asYaml = served("", null);

        assertThat(DocumentDiff.between(asJson, asYaml)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> paths(Map<String, Object> document) {
        return ((Map<String, Object>) document.get("paths")).keySet();
    }

    private Map<String, Object> fileInTheWar() throws Exception {
        try (InputStream yaml = CreditDeployment.packaged().get(DOCUMENT).getAsset().openStream()) {
            return DocumentDiff.yaml(yaml);
        }
    }

    /** The document /openapi serves, as JSON when {@code accept} says so, else in its default YAML. */
    private Map<String, Object> served(String query, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("/openapi" + query)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        if (accept == null) {
            return DocumentDiff.yaml(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(accept));
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return DocumentDiff.json(reader.readObject());
        }
    }

    private static Map<String, Object> without(Map<String, Object> document, String... members) {
        Map<String, Object> rest = new LinkedHashMap<>(document);
        List.of(members).forEach(rest::remove);
        return rest;
    }
}
