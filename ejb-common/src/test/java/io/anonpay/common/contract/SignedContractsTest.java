package io.anonpay.common.contract;

import static io.anonpay.common.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anonpay.common.crypto.Base64Url;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.SignatureRejectedException;
import io.anonpay.common.crypto.sign.SignatureRejectedException.Reason;
import io.anonpay.common.crypto.sign.TrustedKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedContractsTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final KeyRing mallKeys = KeyRing.generate(RANDOM);
    private final KeyRing creditKeys = KeyRing.generate(RANDOM);
    private final KeyRing shippingKeys = KeyRing.generate(RANDOM);
    private final TrustedKeys everyone = TrustedKeys.of(Map.of("mall", mallKeys.publicKeys(),
            "credit", creditKeys.publicKeys(), "shipping", shippingKeys.publicKeys()));
    private final SignedContracts mall = new SignedContracts("mall", mallKeys, everyone, ReplayGuard.none(), clock);
    private final SignedContracts credit = new SignedContracts("credit", creditKeys, everyone, ReplayGuard.none(), clock);
    private final SignedContracts shipping = new SignedContracts("shipping", shippingKeys, everyone, ReplayGuard.none(), clock);

    @Test
    void paymentInstructionsRoundTrip() {
        PaymentInstructions sent = Fixtures.paymentInstructions();

        assertThat(credit.verifyPaymentInstructions(mall.sign(sent))).isEqualTo(sent);
    }

    @Test
    void shippingInstructionsRoundTrip() {
        ShippingInstructions sent = Fixtures.shippingInstructions();

        assertThat(shipping.verifyShippingInstructions(mall.sign(sent))).isEqualTo(sent);
    }

    @Test
    void settlementResultsRoundTripApprovedAndDeclined() {
        assertThat(mall.verifySettlementResult(credit.sign(Fixtures.approved(), "mall", Duration.ofDays(7))))
                .isEqualTo(Fixtures.approved());
        assertThat(mall.verifySettlementResult(credit.sign(Fixtures.declined(), "mall", Duration.ofDays(7))))
                .isEqualTo(Fixtures.declined());
    }

    @Test
    void shippingReceiptRoundTrip() {
        assertThat(mall.verifyShippingReceipt(shipping.sign(Fixtures.receipt(), "mall", Duration.ofDays(7))))
                .isEqualTo(Fixtures.receipt());
    }

    @Test
    void paymentRequestsRoundTripFromTheMallToTheCreditCompany() {
        PaymentRequest sent = Fixtures.refundRequest();

        assertThat(credit.verifyPaymentRequest(mall.sign(sent, Duration.ofDays(7)))).isEqualTo(sent);
    }

    @Test
    void paymentUpdatesRoundTripAppliedExpiredAndRefused() {
        for (PaymentUpdate sent : new PaymentUpdate[] {Fixtures.refunded(), Fixtures.expired(), Fixtures.refused()}) {
            assertThat(mall.verifyPaymentUpdate(credit.sign(sent, "mall", Duration.ofDays(7)))).isEqualTo(sent);
        }
    }

    @Test
    void feeClaimsRoundTripFromTheShippingCompanyToTheCreditCompanyOnly() {
        String token = shipping.sign(Fixtures.feeClaim(), Duration.ofDays(7));

        assertThat(credit.verifyFeeClaim(token)).isEqualTo(Fixtures.feeClaim());
        assertThatThrownBy(() -> mall.verifyFeeClaim(token)).isInstanceOf(SignatureRejectedException.class)
                .extracting(e -> ((SignatureRejectedException) e).reason()).isEqualTo(Reason.WRONG_AUDIENCE);
        assertThatThrownBy(() -> credit.verifyPaymentRequest(token)).isInstanceOf(SignatureRejectedException.class)
                .extracting(e -> ((SignatureRejectedException) e).reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void aTariffIsSignedForAnyoneAndVerifiesAtEveryParty() {
        String token = shipping.sign(Fixtures.TARIFF, Duration.ofDays(30));

        assertThat(mall.verifyTariff(token)).isEqualTo(Fixtures.TARIFF);
        assertThat(credit.verifyTariff(token).version()).isEqualTo(Fixtures.TARIFF.version());
        assertThatThrownBy(() -> mall.sign(Fixtures.TARIFF, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTariffWhoseSignatureDoesNotMatchItsTermsIsRejected() {
        String token = shipping.sign(Fixtures.TARIFF, Duration.ofDays(30));
        String[] parts = token.split("\\.");
        String cheaper = new String(Base64Url.decode(parts[1]).orElseThrow(), StandardCharsets.UTF_8).replace("\"baseFee\":390", "\"baseFee\":1");
        String forged = parts[0] + "." + Base64Url.encode(cheaper.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> mall.verifyTariff(forged)).isInstanceOf(SignatureRejectedException.class)
                .extracting(e -> ((SignatureRejectedException) e).reason()).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aPaymentRequestForAnotherCreditCompanyOrAsAnUpdateIsRejected() {
        String forCredit = mall.sign(Fixtures.refundRequest(), Duration.ofDays(7));

        assertThatThrownBy(() -> shipping.verifyPaymentRequest(forCredit))
                .isInstanceOf(SignatureRejectedException.class);
        assertThatThrownBy(() -> credit.verifyPaymentUpdate(forCredit))
                .isInstanceOf(SignatureRejectedException.class);
    }

    @Test
    void aPaymentRequestCannotBeSignedForAnotherMall() {
        assertThatThrownBy(() -> credit.sign(Fixtures.refundRequest(), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paymentRequestAndUpdateFieldsAreChecked() {
        assertThatThrownBy(() -> new PaymentRequest("has space", "p", PaymentRequest.Action.VOID,
                Money.of(1, "EUR"), "mall", "credit")).isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new PaymentRequest("r1", "p", PaymentRequest.Action.REFUND,
                Money.of(0, "EUR"), "mall", "credit")).isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new PaymentUpdate("p", "r1", PaymentUpdate.Event.REFUSED, Money.of(1, "EUR"),
                Money.of(0, "EUR"), Money.of(0, "EUR"), PaymentState.VOIDED, null, "credit"))
                .isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new PaymentUpdate("p", "r1", PaymentUpdate.Event.EXPIRED, Money.of(1, "EUR"),
                Money.of(0, "EUR"), Money.of(0, "EUR"), PaymentState.EXPIRED, null, "credit"))
                .isInstanceOf(InvalidContractException.class);
    }

    @Test
    void paymentStatesMoveOnlyForward() {
        assertThat(PaymentState.AUTHORIZED.allowedMoves())
                .containsExactlyInAnyOrder(PaymentState.CAPTURED, PaymentState.VOIDED, PaymentState.EXPIRED);
        assertThat(PaymentState.PARTIALLY_REFUNDED.mayMoveTo(PaymentState.PARTIALLY_REFUNDED)).isTrue();
        assertThat(PaymentState.CAPTURED.mayMoveTo(PaymentState.VOIDED)).isFalse();
        assertThat(PaymentState.VOIDED.allowedMoves()).isEmpty();
        assertThat(PaymentState.EXPIRED.mayMoveTo(PaymentState.CAPTURED)).isFalse();
    }

    @Test
    void claimsCarryTheSharedFieldNamesAndTheExpiry() {
        JsonObject claims = claimsOf(mall.sign(Fixtures.shippingInstructions()));

        assertThat(claims.getString("iss")).isEqualTo("mall");
        assertThat(claims.getString("aud")).isEqualTo("shipping");
        assertThat(claims.getJsonNumber("exp").longValue()).isEqualTo(NOW.plusSeconds(900).getEpochSecond());
        assertThat(claims.getString("purchaseId")).isEqualTo("v1.kid.sealed-purchase");
        assertThat(claims.getJsonObject("paymentSum").getJsonNumber("amount").longValue()).isEqualTo(5997);
        assertThat(claims.getJsonObject("paymentSum").getString("currency")).isEqualTo("EUR");
        assertThat(claims.getJsonObject("shippingVolume").getJsonNumber("cubicCentimeters").longValue()).isEqualTo(2400);
        assertThat(claims.getString("creditCompany")).isEqualTo("credit");
    }

    @Test
    void aReceiptCannotBePassedOffAsInstructions() {
        String receipt = shipping.sign(Fixtures.receipt(), "mall", Duration.ofDays(1));

        assertRejected(() -> mall.verifySettlementResult(receipt), Reason.WRONG_TYPE);
    }

    @Test
    void instructionsForOneCompanyAreRefusedByAnother() {
        String forCredit = mall.sign(Fixtures.paymentInstructions());
        SignedContracts otherCredit = new SignedContracts("credit-2", KeyRing.generate(RANDOM), everyone, ReplayGuard.none(), clock);

        assertRejected(() -> otherCredit.verifyPaymentInstructions(forCredit), Reason.WRONG_AUDIENCE);
    }

    @Test
    void instructionsExpireAtTheirExpiresAt() {
        String token = mall.sign(Fixtures.paymentInstructions());
        SignedContracts later = new SignedContracts("credit", creditKeys, everyone, ReplayGuard.none(),
                Clock.offset(clock, Duration.ofMinutes(20)));

        assertRejected(() -> later.verifyPaymentInstructions(token), Reason.EXPIRED);
    }

    @Test
    void aPartyCanOnlySignForItself() {
        assertThatThrownBy(() -> credit.sign(Fixtures.paymentInstructions())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsSurviveSigningEvenWithSubSecondExpiry() {
        PaymentInstructions sent = new PaymentInstructions("p", Money.of(1, "EUR"), "shipping",
                new ShippingVolume(1), Money.of(0, "EUR"), Fixtures.TARIFF.version(), "mall", "credit",
                "https://mall.example/r", NOW.plusMillis(900_123));

        assertThat(credit.verifyPaymentInstructions(mall.sign(sent))).isEqualTo(sent);
    }

    @Test
    void recordsRefuseUnsafeReturnUrlsAndInconsistentOutcomes() {
        assertThatThrownBy(() -> new PaymentInstructions("p", Money.of(1, "EUR"), "shipping",
                new ShippingVolume(1), Money.of(0, "EUR"), Fixtures.TARIFF.version(), "mall", "credit",
                "javascript:alert(1)", NOW)).isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new SettlementResult("p", null, Money.of(1, "EUR"),
                SettlementResult.Outcome.APPROVED, null, "credit")).isInstanceOf(InvalidContractException.class);
        assertThatThrownBy(() -> new SettlementResult("p", "s", Money.of(1, "EUR"),
                SettlementResult.Outcome.DECLINED, SettlementResult.DeclineReason.CARD_LOCKED, "credit"))
                .isInstanceOf(InvalidContractException.class);
    }

    private static JsonObject claimsOf(String token) {
        byte[] payload = Base64Url.decode(token.split("\\.")[1]).orElseThrow();
        return Json.createReader(new StringReader(new String(payload, StandardCharsets.UTF_8))).readObject();
    }

    private static void assertRejected(Runnable action, Reason reason) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(SignatureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
