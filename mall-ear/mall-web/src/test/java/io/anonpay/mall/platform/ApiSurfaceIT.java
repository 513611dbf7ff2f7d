package io.anonpay.mall.platform;

import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers of the mall's API that no feature's IT provokes, as META-INF/openapi.yaml describes them: the company
 * lists, a product's change, a path id that is no number, a dead letter that is not there, key rotation without
 * the credential, a body of a type no operation reads, a reply type nobody may accept, and a price without an
 * amount. With
 * {@code -Danonpay.contract.check=true} every reply is also held to the served document.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSurfaceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http mall() {
        return Http.at(URI.create(base.toString()));
    }

    @Test
    void theCompaniesAreListedWithTheirSites() {
        Http.Reply credit = mall().get("api/credit-companies");
        Http.Reply shipping = mall().get("api/shipping-companies");

        assertThat(credit.status()).as(credit.toString()).isEqualTo(200);
        assertThat(shipping.status()).as(shipping.toString()).isEqualTo(200);
        assertThat(credit.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(company -> company.getString("id")).contains(TestParties.CREDIT);
        assertThat(shipping.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(company -> company.getString("id")).contains(TestParties.SHIPPING)
                .doesNotContain(TestParties.CREDIT);
    }

    @Test
    void aChangedProductThatIsNoLongerSoldLeavesTheListButKeepsItsName() {
        long id = new TestMall(URI.create(base.toString())).product(1_000, 10, 10, 10, 100);
        String change = """
                {"name":"Renamed %s","description":"now smaller","price":{"amount":900,"currency":"EUR"},
                 "size":{"lengthCm":5,"widthCm":5,"heightCm":5,"weightGrams":50},"active":false}
                """.formatted(UUID.randomUUID());

        Http.Reply changed = mall().asOperator().put("api/products/" + id, change);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.object().getString("name")).startsWith("Item ");
        assertThat(changed.object().getJsonObject("price").getInt("amount")).isEqualTo(900);
        assertThat(mall().get("api/products").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(product -> product.getJsonNumber("id").longValue()).doesNotContain(id);
        assertThat(mall().get("api/products/" + id).status()).isEqualTo(200);
        assertThat(mall().put("api/products/" + id, change).status()).isEqualTo(401);
        assertProblem(mall().asOperator().put("api/products/999999999", change), 404, "product-not-found");
    }

    @Test
    void aProductIdThatIsNoNumberIsNotFound() {
        assertProblem(mall().get("api/products/teapot"), 404, "not-found");
        assertProblem(mall().get("api/products/999999999"), 404, "product-not-found");
    }

    @Test
    void aPriceWithoutAnAmountIsFree() {
        Http.Reply created = mall().asOperator().post("api/products", """
                {"name":"Leaflet %s","price":{"currency":"EUR"},
                 "size":{"lengthCm":20,"widthCm":10,"heightCm":1,"weightGrams":10}}
                """.formatted(UUID.randomUUID()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.object().getJsonObject("price").getInt("amount")).isZero();
        assertThat(created.object().getString("description")).isEmpty();
    }

    @Test
    void aDeadLetterThatIsNotThereIsNotFound() {
        Http operator = Http.at(URI.create(base.toString()));
        String absent = "ID:absent-" + UUID.randomUUID();

        assertProblem(operator.asOperator().send("POST", "api/operator/dead-letters/payment-updates/" + absent
                + "/redelivery", null, null), 404, "dead-letter-not-found");
        assertProblem(operator.asOperator().send("DELETE", "api/operator/dead-letters/settlement-results/" + absent,
                null, null), 404, "dead-letter-not-found");
        assertProblem(operator.asOperator().send("DELETE", "api/operator/dead-letters/no-such-queue/" + absent,
                null, null), 404, "queue-not-found");
        assertProblem(operator.send("DELETE", "api/operator/dead-letters/payment-updates/" + absent, null, null),
                401, "operator-credential-required");
    }

    @Test
    void keysRotateAndRetireOnlyForTheOperator() {
        assertProblem(mall().send("POST", "api/operator/keys/rotation", null, null), 401,
                "operator-credential-required");
        assertProblem(mall().as("operator", "guess").send("POST", "api/operator/keys/retirement", null, null), 401,
                "operator-credential-required");
    }

    @Test
    void aBodyOfAnotherTypeIsUnsupported() {
        Http.Reply text = mall().send("POST", "api/purchases", "text/plain",
                "{\"items\":[{\"productId\":1,\"quantity\":1}]}".getBytes(StandardCharsets.UTF_8));

        assertProblem(text, 415, "unsupported-media-type");
    }

    @Test
    void aReplyTypeTheMallDoesNotAnswerIsNotAcceptable() throws IOException, InterruptedException {
        HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve("api/products")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(html.statusCode()).as(html.body()).isEqualTo(406);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = jakarta.json.Json.createReader(new StringReader(html.body())).readObject();
        assertThat(problem.getString("type")).isEqualTo("https://anonpay.io/problems/not-acceptable");
    }

    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isCompleteProblem()).as(reply.toString()).isTrue();
        assertThat(reply.object().getString("type")).isEqualTo("https://anonpay.io/problems/" + type);
    }
}
