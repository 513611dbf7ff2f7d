package io.anonpay.mall.platform;

import io.anonpay.it.Http;
import io.anonpay.mall.MallDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document at {@code /openapi} is the mall's META-INF/openapi.yaml as packaged, member for member: annotation
 * scanning is off, and Payara adds nothing but {@code servers} and its own {@code endpoints} (the documented paths
 * under the context root, nothing more). Anything else it added, dropped or changed is listed by its JSON pointer.
 * The served document is left in target/openapi-served.json.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final String PACKAGED = "WEB-INF/classes/META-INF/openapi.yaml";

    @Deployment(testable = false)
    static WebArchive mall() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServedDocumentIsTheFile() {
        Http.Reply served = Http.at(root()).get("openapi");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("application/json");
        keep(served.body());
        Map<String, Object> file = packagedDocument();
        JsonObject document = served.json().asJsonObject();

        List<String> differences = new ArrayList<>();
        compare("", withoutPayarasMembers(file), withoutPayarasMembers(document), differences);

        assertThat(differences).as("what Payara serves differs from " + PACKAGED).isEmpty();
        assertThat(document.getJsonObject("paths").keySet()).as("a document that describes the API")
                .contains("/api/purchases", "/api/purchases/{purchaseId}/payment-instructions",
                        "/api/operator/purchases/{purchaseId}/refunds");
    }

    @Test
    void whatPayaraAddsNamesTheMallsContextRootAndTheDocumentedPathsOnly() {
        JsonObject document = Http.at(root()).get("openapi").json().asJsonObject();

        assertThat(document.getJsonArray("servers").getValuesAs(JsonObject.class))
                .extracting(server -> server.getString("url")).contains("/mall");
        JsonObject endpoints = document.getJsonObject("endpoints");
        assertThat(endpoints.keySet()).containsExactly("/mall");
        assertThat(endpoints.getJsonArray("/mall").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrderElementsOf(document.getJsonObject("paths").keySet());
    }

    private URI root() {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> packagedDocument() {
        try (ZipFile war = new ZipFile("target/mall.war")) {
            var entry = war.getEntry(PACKAGED);
            assertThat(entry).as(PACKAGED + " in target/mall.war").isNotNull();
            try (InputStream in = war.getInputStream(entry)) {
                return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> withoutPayarasMembers(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.remove("servers");
        return copy;
    }

    /** Payara's {@code endpoints} is not OpenAPI; the other test holds it to the paths. */
    private static JsonObject withoutPayarasMembers(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").remove("endpoints").build();
    }

    private static void keep(String served) {
        try {
            Files.writeString(Path.of("target", "openapi-served.json"), served);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every difference between the YAML as read and the JSON as served, by JSON pointer; numbers by value. */
    private static void compare(String at, Object expected, JsonValue actual, List<String> differences) {
        String where = at.isEmpty() ? "/" : at;
        if (expected == null) {
            if (actual.getValueType() != JsonValue.ValueType.NULL) {
                differences.add(where + ": null in the file, served " + actual);
            }
        } else if (expected instanceof Map<?, ?> map) {
            if (!(actual instanceof JsonObject object)) {
                differences.add(where + ": an object in the file, served " + actual);
                return;
            }
            TreeSet<String> names = new TreeSet<>();
            map.keySet().forEach(name -> names.add(String.valueOf(name)));
            names.addAll(object.keySet());
            for (String name : names) {
                String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!object.containsKey(name)) {
                    differences.add(child + ": in the file, not served");
                } else if (!map.containsKey(name)) {
                    differences.add(child + ": served, not in the file: " + object.get(name));
                } else {
                    compare(child, map.get(name), object.get(name), differences);
                }
            }
        } else if (expected instanceof List<?> list) {
            if (!(actual instanceof JsonArray array) || array.size() != list.size()) {
                differences.add(where + ": " + list + " in the file, served " + actual);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                compare(at + "/" + i, list.get(i), array.get(i), differences);
            }
        } else if (expected instanceof String text) {
            if (!(actual instanceof JsonString served) || !served.getString().equals(text)) {
                differences.add(where + ": \"" + text + "\" in the file, served " + actual);
            }
        } else if (expected instanceof Boolean flag) {
            if (actual != (flag ? JsonValue.TRUE : JsonValue.FALSE)) {
                differences.add(where + ": " + flag + " in the file, served " + actual);
            }
        } else if (expected instanceof Number number) {
            if (!(actual instanceof JsonNumber served)
                    || served.bigDecimalValue().compareTo(new BigDecimal(number.toString())) != 0) {
                differences.add(where + ": " + number + " in the file, served " + actual);
            }
        } else {
            differences.add(where + ": the file holds a " + expected.getClass().getSimpleName()
                    + " (quote it), served " + actual);
        }
    }
}
