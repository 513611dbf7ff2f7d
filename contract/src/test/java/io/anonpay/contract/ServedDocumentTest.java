package io.anonpay.contract;

import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServedDocumentTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: test, version: "1"}
            servers: [{url: /mall}]
            paths:
              /api/products/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                  responses:
                    "200":
                      description: the product
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Product'}
                    "404":
                      description: no such product
                      content:
                        application/problem+json:
                          schema: {$ref: '#/components/schemas/Problem'}
            components:
              schemas:
                Product:
                  type: object
                  additionalProperties: false
                  required: [id, name]
                  properties:
                    id: {type: integer, format: int64}
                    name: {type: string}
                Problem:
                  type: object
                  additionalProperties: false
                  required: [type, title, status]
                  properties:
                    type: {type: string}
                    title: {type: string}
                    status: {type: integer}
                    detail: {type: string}
            """;

    private final ServedDocument document = new ServedDocument("/mall", DOCUMENT);

    @Test
    void aReplyAsDescribedHasNoFault() {
        assertThat(document.faults("GET", "/mall/api/products/1", reply(200, JSON, "{\"id\": 1, \"name\": \"Teapot\"}")))
                .isEmpty();
        assertThat(document.faults("GET", "/mall/api/products/9", reply(404, PROBLEM, problem(404)))).isEmpty();
    }

    @Test
    void aFieldTheSchemaDoesNotListIsAFault() {
        assertThat(document.faults("GET", "/mall/api/products/1",
                reply(200, JSON, "{\"id\": 1, \"name\": \"Teapot\", \"buyer\": \"Alice\"}")))
                .singleElement().asString().contains("buyer");
    }

    @Test
    void aMissingFieldOrAWrongTypeIsAFault() {
        assertThat(document.faults("GET", "/mall/api/products/1", reply(200, JSON, "{\"id\": 1}"))).isNotEmpty();
        assertThat(document.faults("GET", "/mall/api/products/1",
                reply(200, JSON, "{\"id\": \"1\", \"name\": \"Teapot\"}"))).isNotEmpty();
    }

    @Test
    void aStatusOrAContentTypeNotDescribedIsAFault() {
        assertThat(document.faults("GET", "/mall/api/products/1", reply(400, PROBLEM, problem(400)))).isNotEmpty();
        assertThat(document.faults("GET", "/mall/api/products/1", reply(404, "text/html", "<html>404</html>")))
                .isNotEmpty();
    }

    @Test
    void anUndescribedPathOrMethodMayOnlyBeRefusedWithAProblem() {
        assertThat(document.faults("GET", "/mall/api/nothing", reply(404, PROBLEM, problem(404)))).isEmpty();
        assertThat(document.faults("DELETE", "/mall/api/products/1", reply(405, PROBLEM, problem(405)))).isEmpty();
        assertThat(document.faults("get", "/mall/api/products/1", reply(405, PROBLEM, problem(405)))).isEmpty();
        assertThat(document.faults("GET", "/mall/api/nothing", reply(404, "text/html", "<html>404</html>")))
                .isNotEmpty();
        assertThat(document.faults("DELETE", "/mall/api/products/1", reply(200, JSON, "{}"))).isNotEmpty();
    }

    private static Reply reply(int status, String contentType, String body) {
        return new Reply(status, contentType, body, null);
    }

    private static String problem(int status) {
        return "{\"type\": \"https://anonpay.io/problems/x\", \"title\": \"x\", \"status\": " + status + "}";
    }

    @Test
    void whatTheRuntimesAddIsDroppedAndNothingElse() {
        JsonObject served = Json.createObjectBuilder()
                .add("openapi", "3.0.3")
                .add("info", Json.createObjectBuilder().add("title", "t").add("version", "1")
                        .add("contact", JsonValue.EMPTY_JSON_OBJECT).add("license", JsonValue.EMPTY_JSON_OBJECT))
                .add("externalDocs", JsonValue.EMPTY_JSON_OBJECT)
                .add("endpoints", Json.createObjectBuilder().add("/mall", Json.createArrayBuilder().add("/api")))
                .add("paths", JsonValue.EMPTY_JSON_OBJECT)
                .build();
        JsonObject kept = ServedDocument.withoutRuntimeAdditions(served);
        assertThat(kept.keySet()).containsExactly("openapi", "info", "paths");
        assertThat(kept.getJsonObject("info").keySet()).containsExactly("title", "version");

        JsonObject licensed = Json.createObjectBuilder(served)
                .add("info", Json.createObjectBuilder().add("title", "t").add("version", "1")
                        .add("license", Json.createObjectBuilder().add("name", "MIT")))
                .add("externalDocs", Json.createObjectBuilder().add("url", "https://example.org"))
                .build();
        JsonObject keptLicensed = ServedDocument.withoutRuntimeAdditions(licensed);
        assertThat(keptLicensed.getJsonObject("info").getJsonObject("license").getString("name")).isEqualTo("MIT");
        assertThat(keptLicensed.getJsonObject("externalDocs").getString("url")).isEqualTo("https://example.org");
    }
}
