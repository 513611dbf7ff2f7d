package io.anonpay.shipping.platform;

import io.anonpay.shipping.ShippingDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
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
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document served at {@code /openapi} is META-INF/openapi.yaml as written: the same paths, operations,
 * parameters, responses and schemas, member for member. Payara adds two members of its own, checked apart: the
 * {@code servers} (it keeps the written one) and {@code endpoints}, its index of the paths by context root, which it
 * adds to every document it serves (not OpenAPI: a client generator warns about it). A document generated from the
 * classes, or merged with them, fails here with each difference named by its JSON pointer.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final Path WRITTEN = Path.of("src/main/resources/META-INF/openapi.yaml");

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServedDocumentIsTheWrittenOne() throws Exception {
        JsonObject served = served();
        JsonObject written = written();

        assertThat(differences("", without(written, "servers"), without(served, "servers", "endpoints"))).isEmpty();
        assertThat(written.getJsonObject("paths").keySet()).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void whatPayaraAddsIsThisServersContextRootAndItsPaths() throws Exception {
        JsonObject served = served();
        JsonObject written = written();

        assertThat(served.get("servers")).isEqualTo(written.get("servers"));
        assertThat(served.getJsonArray("servers").getValuesAs(JsonObject.class))
                .extracting(server -> server.getString("url")).containsExactly("/shipping");
        assertThat(served.getJsonObject("endpoints").keySet()).containsExactly("/shipping");
        assertThat(served.getJsonObject("endpoints").getJsonArray("/shipping").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactlyInAnyOrderElementsOf(written.getJsonObject("paths").keySet());
    }

    /** Straight from the server, not through the test client: this document is what the replies are judged by. */
    private JsonObject served() throws IOException, InterruptedException {
        URI openApi = URI.create(base.toString()).resolve("/openapi?format=JSON");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openApi)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject written() throws IOException {
        try (Reader reader = Files.newBufferedReader(WRITTEN)) {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return json(yaml).asJsonObject();
        }
    }

    /** YAML's scalars, maps and lists as JSON: what the served JSON is compared with. */
    private static JsonValue json(Object yaml) {
        if (yaml == null) {
            return JsonValue.NULL;
        }
        if (yaml instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((name, value) -> object.add(String.valueOf(name), json(value)));
            return object.build();
        }
        if (yaml instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(value -> array.add(json(value)));
            return array.build();
        }
        if (yaml instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (yaml instanceof Integer || yaml instanceof Long || yaml instanceof BigInteger) {
            return Json.createValue(new BigDecimal(yaml.toString()));
        }
        if (yaml instanceof String text) {
            return Json.createValue(text);
        }
        throw new IllegalArgumentException("openapi.yaml holds a " + yaml.getClass().getSimpleName()
                + " (" + yaml + "): quote it, JSON has no such type");
    }

    private static JsonObject without(JsonObject document, String... members) {
        JsonObjectBuilder copy = Json.createObjectBuilder(document);
        for (String member : members) {
            copy.remove(member);
        }
        return copy.build();
    }

    /** Every place where the two differ, as JSON pointers with both values; numbers compared by value. */
    private static List<String> differences(String pointer, JsonValue written, JsonValue served) {
        List<String> found = new ArrayList<>();
        if (written instanceof JsonObject w && served instanceof JsonObject s) {
            TreeSet<String> names = new TreeSet<>(w.keySet());
            names.addAll(s.keySet());
            for (String name : names) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!s.containsKey(name)) {
                    found.add(at + ": written, not served");
                } else if (!w.containsKey(name)) {
                    found.add(at + ": served, not written: " + s.get(name));
                } else {
                    found.addAll(differences(at, w.get(name), s.get(name)));
                }
            }
        } else if (written.getValueType() == JsonValue.ValueType.ARRAY
                && served.getValueType() == JsonValue.ValueType.ARRAY
                && written.asJsonArray().size() == served.asJsonArray().size()) {
            for (int i = 0; i < written.asJsonArray().size(); i++) {
                found.addAll(differences(pointer + "/" + i, written.asJsonArray().get(i), served.asJsonArray().get(i)));
            }
        } else if (!same(written, served)) {
            found.add(pointer + ": written " + written + ", served " + served);
        }
        return found;
    }

    private static boolean same(JsonValue written, JsonValue served) {
        if (written instanceof JsonNumber w && served instanceof JsonNumber s) {
            return w.bigDecimalValue().compareTo(s.bigDecimalValue()) == 0;
        }
        return written.equals(served);
    }
}
