package io.anonpay.mall.purchase;

import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tariff whose signature does not verify prices nothing at a mall that never verified one. Alone in its
 * deployment, and with the tariff other tests' deployments kept on disk removed first: a mall keeps the last tariff
 * it verified (in memory, and under {@code partners/tariffs/} of its key directory) and prices with it while what
 * the company publishes does not verify, so this test's price request must be the first one to ask the company.
 */
@ExtendWith(ArquillianExtension.class)
class TariffIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTamperedTariffIsRefusedAndChangesNothing() {
        forgetKeptTariffs();
        TestMall shop = new TestMall(URI.create(base.toString()));
        String purchaseId = shop.buy(shop.product(1_200, 40, 30, 20, 2_000), 1).getString("purchaseId");
        Http.Reply refused;
        try {
            TestParties.publishTariff(cheaper(TestParties.signedTariff(TestParties.SHIPPING, TestParties.TARIFF)));
            refused = shop.designate(purchaseId, TestParties.CREDIT, TestParties.SHIPPING);
        } finally {
            TestParties.publishTariff(null);
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.isCompleteProblem()).as(refused.toString()).isTrue();
        assertThat(refused.object().getString("type")).endsWith("/tariff-not-verified");
        assertThat(refused.object().getString("detail")).contains(TestParties.SHIPPING);
        JsonObject unchanged = shop.purchase(purchaseId);
        assertThat(unchanged.get("creditCompany")).isIn(null, JsonValue.NULL);
        assertThat(unchanged.get("shippingCompany")).isIn(null, JsonValue.NULL);
        assertThat(unchanged.get("shippingFee")).isIn(null, JsonValue.NULL);

        Http.Reply priced = shop.designate(purchaseId, TestParties.CREDIT, TestParties.SHIPPING);
        assertThat(priced.status()).as("the genuine tariff again: " + priced).isEqualTo(200);
        assertThat(shop.purchase(purchaseId).getString("tariffVersion")).isEqualTo(TestParties.TARIFF.version());
    }

    /** What earlier deployments of the mall kept of the shipping company's tariffs, in the key directory they share. */
    private static void forgetKeptTariffs() {
        Path kept = Path.of(System.getenv("ANONPAY_KEYS_DIR"), "partners", "tariffs");
        try (Stream<Path> files = Files.exists(kept) ? Files.list(kept) : Stream.empty()) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signed tariff with its base fee lowered on the way, its signature left as it was. */
    private static String cheaper(String signed) {
        String[] parts = signed.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String lowered = claims.replace("\"baseFee\":" + TestParties.TARIFF.baseFee(), "\"baseFee\":1");
        assertThat(lowered).as("the claims name the base fee").isNotEqualTo(claims);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(lowered.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
