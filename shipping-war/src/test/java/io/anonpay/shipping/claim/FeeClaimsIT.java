package io.anonpay.shipping.claim;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.shipping.FeeClaimQueue;
import io.anonpay.shipping.ShippingDb;
import io.anonpay.shipping.ShippingDeployment;
import io.anonpay.shipping.TestMall;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee claim of an accepted parcel on the real broker, read as the credit company reads it: signed by the
 * shipping server, for the quoted fee, identified by the recipient's name sealed to the credit company and by
 * nothing that tells where the parcel goes.
 */
@ExtendWith(ArquillianExtension.class)
class FeeClaimsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http buyer() {
        return Http.at(URI.create(base.toString()));
    }

    @Test
    void theFeeOfAnAcceptedParcelIsClaimedFromTheCreditCompanyOnce() {
        String purchaseId = TestMall.purchaseId();
        String name = "Grace Hopper " + UUID.randomUUID().toString().substring(0, 8);
        String instructions = TestMall.signed(purchaseId, 12_000);

        Http.Reply accepted = buyer().post("api/shipments", TestMall.request(instructions, name));
        Http.Reply repeated = buyer().post("api/shipments", TestMall.request(instructions, name));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        List<String> claims = FeeClaimQueue.await(purchaseId, PATIENCE);
        FeeClaim claim = FeeClaimQueue.verify(buyer(), claims.get(0));
        assertThat(claim.purchaseId()).isEqualTo(purchaseId);
        assertThat(claim.fee()).isEqualTo(TestParties.TARIFF.fee(new ShippingVolume(12_000)));
        assertThat(claim.shippingCompany()).isEqualTo(TestParties.SHIPPING);
        assertThat(claim.creditCompany()).isEqualTo(TestParties.CREDIT);
        assertThat(claim.settlementId()).isEqualTo(ShippingDb.sealedName(purchaseId));
        assertThat(SealedIdentifiers.open(IdentifierKind.RECIPIENT_NAME, claim.settlementId(),
                TestParties.keys(TestParties.CREDIT))).isEqualTo(name);
        awaitAllSent(purchaseId);
        assertThat(FeeClaimQueue.now(purchaseId)).hasSize(1);
        assertThat(ShippingDb.outboxRows(purchaseId, Queues.feeClaimsOf(TestParties.CREDIT))).hasSize(1);
    }

    @Test
    void theClaimTellsNothingOfWhereTheParcelGoes() {
        String purchaseId = TestMall.purchaseId();
        String name = "Grace Hopper " + UUID.randomUUID().toString().substring(0, 8);

        Http.Reply accepted = buyer().post("api/shipments",
                TestMall.request(TestMall.signed(purchaseId, 2400), name));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        String shippingId = accepted.json().asJsonObject().getString("shippingId");
        String signed = FeeClaimQueue.await(purchaseId, PATIENCE).get(0);
        String payload = new String(Base64.getUrlDecoder().decode(signed.split("\\.")[1]), StandardCharsets.UTF_8);
        for (String clear : List.of(name, "Grace", "Hopper", "Lindenallee", "10115", "Berlin", "DE\"", "5550123",
                shippingId)) {
            assertThat(payload).as(clear).doesNotContain(clear);
        }
        assertThat(payload).doesNotContainIgnoringCase("address").doesNotContainIgnoringCase("street")
                .doesNotContainIgnoringCase("product");
    }

    /** Every outbox row of the purchase sent: a second claim, had there been one, would be on the queue too. */
    private static void awaitAllSent(String purchaseId) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (ShippingDb.unsentOutboxRows(purchaseId) > 0) {
            assertThat(Instant.now()).as("the outbox was not sent").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
