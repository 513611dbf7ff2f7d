package io.anonpay.credit.settlement;

import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.PublicKeySet;
import io.anonpay.common.crypto.PublicSealingKey;
import io.anonpay.common.crypto.PublicSigningKey;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.delivery.Letters;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.PaymentDesk.Paid;
import io.anonpay.it.BrokerClient.Letter;
import io.anonpay.it.Http;
import io.anonpay.testhttp.JsonHttp.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator rotates the deployed credit company's keys while it runs: the new pair is active and published at
 * once, the old one still opens what was sealed to it during the overlap, and once it is retired it is no longer
 * published and a recipient name sealed to it is refused with its reason, {@code sealed-id-unknown-key}.
 */
@ExtendWith(ArquillianExtension.class)
class KeyRotationIT {

    private static final String ROTATION = "api/operator/keys/rotation";
    private static final String RETIREMENT = "api/operator/keys/retirement";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private CreditClient credit() {
        return new CreditClient(base);
    }

    private Http http() {
        return Http.at(URI.create(base.toString()));
    }

    @Test
    void aRotationIsPublishedAtOnceTheOldKeysServeTheOverlapAndARetiredKeyIsRefused() throws Exception {
        PaymentDesk desk = new PaymentDesk(credit());
        Paid inOverlap = desk.paid(10_000, 2_500);
        Paid afterRetirement = desk.paid(10_000, 2_500);
        PublicKeySet before = published();
        PublicSealingKey oldSealing = before.activeSealingKey();
        String oldSigning = before.signingKeys().get(0).kid();

        Reply rotated = http().asOperator().post(ROTATION, "");

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        JsonObject rotation = rotated.object();
        assertThat(rotation.getString("sealingKid")).isNotEqualTo(oldSealing.kid());
        assertThat(rotation.getString("signingKid")).isNotEqualTo(oldSigning);
        assertThat(rotation.getString("previousSealingKid")).isEqualTo(oldSealing.kid());
        assertThat(rotation.getString("previousSigningKid")).isEqualTo(oldSigning);
        assertThat(Instant.parse(rotation.getString("previousRetireAt"))).as("the default overlap")
                .isEqualTo(Instant.parse(rotation.getString("activeFrom")).plus(Duration.ofDays(31)));
        PublicKeySet during = published();
        assertThat(sealingKids(during)).startsWith(rotation.getString("sealingKid"), oldSealing.kid());
        assertThat(signingKids(during)).startsWith(rotation.getString("signingKid"), oldSigning);

        CreditQueue.FEE_CLAIMS.send(ActingShipper.claim(inOverlap.purchaseId(), FEE,
                sealed(inOverlap.card().customerName(), oldSealing)));
        assertThat(awaitClaim(inOverlap)).as("a name sealed to the old key opens in the overlap")
                .isEqualTo("CLAIMED true");

        Reply retired = http().asOperator().post(RETIREMENT, "");

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.object().getJsonArray("retiredKids").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains(oldSealing.kid(), oldSigning);
        PublicKeySet after = published();
        assertThat(sealingKids(after)).containsExactly(rotation.getString("sealingKid"));
        assertThat(signingKids(after)).containsExactly(rotation.getString("signingKid"));

        String claim = ActingShipper.claim(afterRetirement.purchaseId(), FEE,
                sealed(afterRetirement.card().customerName(), oldSealing));
        CreditQueue.FEE_CLAIMS.send(claim);
        Letter letter = CreditQueue.FEE_CLAIMS.deadLetter(claim, PaymentDesk.PATIENCE)
                .orElseThrow(() -> new AssertionError("a name sealed to a retired key was not refused"));
        assertThat(letter.properties().get(Letters.FAILURE_CAUSE)).asString().contains("sealed-id-unknown-key");
        assertThat(CreditRows.feeLine(afterRetirement.purchaseId())).isEqualTo("HELD null");

        String fresh = new ActingShipper(credit()).sealedName(afterRetirement.card().customerName());
        CreditQueue.FEE_CLAIMS.send(ActingShipper.claim(afterRetirement.purchaseId(), FEE, fresh));
        assertThat(awaitClaim(afterRetirement)).as("sealed to the new key, as a partner does after fetching")
                .isEqualTo("CLAIMED true");
    }

    @Test
    void onlyTheOperatorRotatesOrRetires() {
        List<String> keysBefore = sealingKids(published());

        for (String path : List.of(ROTATION, RETIREMENT)) {
            for (Reply refused : List.of(http().post(path, ""), http().as("operator", "guess").post(path, ""))) {
                assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
                assertThat(refused.isProblem()).as(refused.toString()).isTrue();
            }
        }
        assertThat(sealingKids(published())).isEqualTo(keysBefore);
    }

    private PublicKeySet published() {
        Reply keys = http().get("api/keys");
        assertThat(keys.status()).as(keys.toString()).isEqualTo(200);
        return JwkSet.parse(keys.body());
    }

    private static String sealed(String name, PublicSealingKey key) {
        return SealedIdentifiers.seal(IdentifierKind.RECIPIENT_NAME, name, key);
    }

    private static List<String> sealingKids(PublicKeySet keys) {
        return keys.sealingKeys().stream().map(PublicSealingKey::kid).toList();
    }

    private static List<String> signingKids(PublicKeySet keys) {
        return keys.signingKeys().stream().map(PublicSigningKey::kid).toList();
    }

    private static String awaitClaim(Paid paid) throws InterruptedException {
        Instant deadline = Instant.now().plus(PaymentDesk.PATIENCE);
        String line = CreditRows.feeLine(paid.purchaseId());
        while (line.startsWith("HELD") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            line = CreditRows.feeLine(paid.purchaseId());
        }
        return line;
    }
}
