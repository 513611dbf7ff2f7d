package io.anonpay.shipping.tariff;

import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.shipping.ShippingDb;
import io.anonpay.shipping.ShippingDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published tariffs as a mall or a credit company fetches them: the current one and each version, signed with
 * the keys the shipping server publishes.
 */
@ExtendWith(ArquillianExtension.class)
class TariffsIT {

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http anyone() {
        return Http.at(URI.create(base.toString()));
    }

    @Test
    void theCurrentTariffIsTheConfiguredOneSigned() {
        Http.Reply reply = anyone().get("api/tariff");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject current = reply.json().asJsonObject();
        Tariff signed = verified(current);
        assertThat(signed).isEqualTo(TestParties.TARIFF);
        assertThat(current.getString("version")).isEqualTo(signed.version());
        assertThat(current.getString("shippingCompany")).isEqualTo(TestParties.SHIPPING);
        assertThat(current.getJsonObject("baseFee").getInt("amount")).isEqualTo(390);
        assertThat(current.getJsonObject("perKilogram").getString("currency")).isEqualTo("EUR");
        assertThat(current.getJsonNumber("maximumCubicCentimeters").longValue()).isEqualTo(2_000_000);
        assertThat(current.getString("rule")).startsWith("fee = baseFee");
        assertThat(ShippingDb.tariffRows()).anySatisfy(row -> assertThat(row).contains(signed.version()));
    }

    @Test
    void theCurrentVersionIsServedByVersionAsTheCurrentTariff() {
        JsonObject current = anyone().get("api/tariff").json().asJsonObject();

        Http.Reply reply = anyone().get("api/tariffs/" + current.getString("version"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject byVersion = reply.json().asJsonObject();
        assertThat(verified(byVersion)).isEqualTo(verified(current));
        assertThat(unsigned(byVersion)).isEqualTo(unsigned(current));
    }

    @Test
    void aVersionNeverPublishedIsNotFoundAndAMalformedOneIsRefused() {
        String neverPublished = new Tariff(TestParties.SHIPPING, "EUR", 1, 1, 5000, 1, 2_000_000).version();

        assertProblem(anyone().get("api/tariffs/" + neverPublished), 404, "tariff-not-found");
        assertProblem(anyone().get("api/tariffs/latest"), 400, "invalid-tariff-version");
        assertProblem(anyone().get("api/tariffs/" + neverPublished + "x"), 400, "invalid-tariff-version");
    }

    /** As a mall or a credit company believes it: signed by this shipping server's published keys. */
    private Tariff verified(JsonObject published) {
        SignedContracts reader = new SignedContracts(TestParties.MALL, TestParties.keys(TestParties.MALL),
                TrustedKeys.of(Map.of(TestParties.SHIPPING, JwkSet.parse(anyone().get("api/keys").body()))),
                ReplayGuard.none(), Clock.systemUTC());
        return reader.verifyTariff(published.getString("signed"));
    }

    /** Everything but the signature, which is made anew for each request. */
    private static JsonObject unsigned(JsonObject published) {
        return Json.createObjectBuilder(published).remove("signed").build();
    }

    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().asJsonObject().getString("type")).as(reply.toString()).endsWith("/" + type);
    }
}
