package io.anonpay.mall.catalog;

import io.anonpay.it.Http;
import io.anonpay.mall.MallDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall deployed for real: JAX-RS → EJB → JPA → PostgreSQL, the schema migrated at start-up, the operator
 * credential guarding catalog changes, and readiness reporting the database.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment(testable = false)
    static WebArchive mall() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http buyer() {
        return Http.at(URI.create(base.toString()));
    }

    private static String product(String name, long amount, String currency) {
        return """
                {"name":"%s","description":"a test item","price":{"amount":%d,"currency":"%s"},
                 "size":{"lengthCm":30,"widthCm":20,"heightCm":10,"weightGrams":1500}}
                """.formatted(name, amount, currency);
    }

    @Test
    void operatorAddsProductAndBuyerSeesIt() {
        String name = "Teapot " + UUID.randomUUID();
        Http.Reply created = buyer().asOperator().post("api/products", product(name, 2499, "EUR"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Http.Reply list = buyer().get("api/products");
        assertThat(list.status()).isEqualTo(200);
        JsonObject listed = list.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow();
        assertThat(listed.getJsonObject("price").getJsonNumber("amount").longValue()).isEqualTo(2499);
        assertThat(listed.getJsonObject("price").getString("currency")).isEqualTo("EUR");
        assertThat(listed.getJsonObject("size").getInt("heightCm")).isEqualTo(10);
    }

    @Test
    void catalogChangesNeedTheOperatorCredential() {
        int before = ((JsonArray) buyer().get("api/products").json()).size();

        Http.Reply anonymous = buyer().post("api/products", product("Unauthorised " + UUID.randomUUID(), 100, "EUR"));
        Http.Reply wrongPassword = buyer().as("operator", "guess").post("api/products",
                product("Guessed " + UUID.randomUUID(), 100, "EUR"));

        Http.Reply garbled = buyer().withAuthorization("Basic !!!not-base64!!!")
                .post("api/products", product("Garbled " + UUID.randomUUID(), 100, "EUR"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(garbled.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).as(anonymous.toString()).isTrue();
        assertThat(wrongPassword.json().asJsonObject().getString("type")).endsWith("/operator-credential-required");
        assertThat(((JsonArray) buyer().get("api/products").json()).size()).isEqualTo(before);
    }

    @Test
    void invalidProductIsAProblemAndChangesNothing() {
        int before = ((JsonArray) buyer().get("api/products").json()).size();

        Http.Reply negative = buyer().asOperator().post("api/products", product("Negative " + UUID.randomUUID(), -5, "EUR"));
        Http.Reply unknownCurrency = buyer().asOperator().post("api/products", product("Odd " + UUID.randomUUID(), 5, "XYZ"));
        Http.Reply malformed = buyer().asOperator().post("api/products", "{\"name\": ");
        Http.Reply fractional = buyer().asOperator().post("api/products",
                product("Fraction " + UUID.randomUUID(), 5, "EUR").replace("\"amount\":5", "\"amount\":12.5"));
        Http.Reply unknownField = buyer().asOperator().post("api/products",
                product("Unknown " + UUID.randomUUID(), 5, "EUR").replace("{\"name\"", "{\"colour\":\"red\",\"name\""));

        for (Http.Reply reply : new Http.Reply[]{negative, unknownCurrency, malformed, fractional, unknownField}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        }
        assertThat(negative.json().asJsonObject().getString("detail")).contains("price.amount");
        assertThat(unknownCurrency.json().asJsonObject().getString("detail")).contains("currency");
        assertThat(fractional.json().asJsonObject().getString("detail")).contains("price.amount").contains("whole number");
        Http.Reply huge = buyer().asOperator().post("api/products",
                product("Huge " + UUID.randomUUID(), 5, "EUR").replace("a test item", "x".repeat(100_000)));
        assertThat(huge.status()).as(huge.toString()).isEqualTo(413);
        assertThat(huge.isProblem()).isTrue();
        assertThat(((JsonArray) buyer().get("api/products").json()).size()).isEqualTo(before);
    }

    @Test
    void duplicateNameIsAConflict() {
        String name = "Kettle " + UUID.randomUUID();
        assertThat(buyer().asOperator().post("api/products", product(name, 100, "EUR")).status()).isEqualTo(201);

        Http.Reply again = buyer().asOperator().post("api/products", product(name, 100, "EUR"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().asJsonObject().getString("type")).endsWith("/product-exists");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Http.Reply openapi = Http.at(root()).get("openapi");

        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/purchases").contains("/api/products")
                .contains("/api/purchases/{purchaseId}/cancellation").contains("/api/operator/purchases/{purchaseId}/refunds");
    }

    private URI root() {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    }

    @Test
    void readinessReportsTheMigratedDatabase() {
        Http.Reply ready = Http.at(root()).get("health/ready");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject check = ready.json().asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
    }
}
