package io.anonpay.credit.settlement;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test plays the shipping company: it seals the recipient's name to the key the credit company under test
 * publishes, as the shipping company does when the buyer gives the name, and signs fee claims with the shipping
 * company's test keys. It can also play the second shipping company the credit company knows
 * ({@link TestParties#OTHER_SHIPPING}).
 */
final class ActingShipper {

    private final Http credit;

    ActingShipper(CreditClient credit) {
        this.credit = credit.http();
    }

    /** {@code name} sealed as a recipient name to the credit company's active sealing key, from its api/keys. */
    String sealedName(String name) {
        Http.Reply keys = credit.get("api/keys");
        assertThat(keys.status()).as(keys.toString()).isEqualTo(200);
        return SealedIdentifiers.seal(IdentifierKind.RECIPIENT_NAME, name,
                JwkSet.parse(keys.body()).activeSealingKey());
    }

    /** The test shipping company's claim of {@code fee} EUR for the purchase, naming the sealed recipient. */
    static String claim(String purchaseId, long fee, String sealedName) {
        return signed(new FeeClaim(purchaseId, Money.of(fee, "EUR"), sealedName, TestParties.SHIPPING,
                ActingMall.CREDIT), TestParties.keys(TestParties.SHIPPING));
    }

    /** Signed as {@code claim.shippingCompany()} with {@code keys}, for {@code claim.creditCompany()}. */
    static String signed(FeeClaim claim, KeyRing keys) {
        return new SignedContracts(claim.shippingCompany(), keys, TrustedKeys.of(Map.of()), ReplayGuard.none(),
                Clock.systemUTC()).sign(claim, Duration.ofMinutes(10));
    }
}
