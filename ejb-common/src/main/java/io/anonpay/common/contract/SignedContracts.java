package io.anonpay.common.contract;

import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.MALFORMED;

import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.JwsSigner;
import io.anonpay.common.crypto.sign.JwsVerifier;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.SignatureRejectedException;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.common.crypto.sign.VerifiedToken;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * One server's view of the signed messages: it signs what it issues with its active key and
 * verifies what partners send it, addressed to itself. A verified message comes back as its record;
 * anything else is a {@link SignatureRejectedException}, whose reason says why.
 */
public final class SignedContracts {

    private final String self;
    private final KeyRing ownKeys;
    private final JwsVerifier verifier;
    private final Clock clock;

    /**
     * @param self        this server's party id: the issuer of what it signs, the audience it accepts
     * @param replayGuard {@link ReplayGuard#none()} where handling is idempotent by business key
     */
    public SignedContracts(String self, KeyRing ownKeys, TrustedKeys partners, ReplayGuard replayGuard, Clock clock) {
        this.self = self;
        this.ownKeys = ownKeys;
        this.verifier = new JwsVerifier(partners, clock, replayGuard);
        this.clock = clock;
    }

    /** By the mall, for the credit company; valid until {@code expiresAt}. */
    public String sign(PaymentInstructions instructions) {
        requireSelf(instructions.mall());
        return signer().sign(MessageType.PAYMENT_INSTRUCTIONS.typ(), self, instructions.creditCompany(),
                instructions.expiresAt(), ContractClaims.body(instructions));
    }

    /** By the mall, for the shipping company; valid until {@code expiresAt}. */
    public String sign(ShippingInstructions instructions) {
        requireSelf(instructions.mall());
        return signer().sign(MessageType.SHIPPING_INSTRUCTIONS.typ(), self, instructions.shippingCompany(),
                instructions.expiresAt(), ContractClaims.body(instructions));
    }

    /** By the credit company, for {@code mall}. Give a ttl that outlasts broker redelivery. */
    public String sign(SettlementResult result, String mall, Duration ttl) {
        requireSelf(result.creditCompany());
        return signer().sign(MessageType.SETTLEMENT_RESULT.typ(), self, mall, clock.instant().plus(ttl),
                ContractClaims.body(result));
    }

    /** By the shipping company, for {@code mall}. Give a ttl that outlasts broker redelivery. */
    public String sign(ShippingReceipt receipt, String mall, Duration ttl) {
        requireSelf(receipt.shippingCompany());
        return signer().sign(MessageType.SHIPPING_RECEIPT.typ(), self, mall, clock.instant().plus(ttl),
                ContractClaims.body(receipt));
    }

    /** By the mall, for the credit company that approved the purchase. Give a ttl that outlasts broker redelivery. */
    public String sign(PaymentRequest request, Duration ttl) {
        requireSelf(request.mall());
        return signer().sign(MessageType.PAYMENT_REQUEST.typ(), self, request.creditCompany(),
                clock.instant().plus(ttl), ContractClaims.body(request));
    }

    /** By the credit company, for {@code mall}. Give a ttl that outlasts broker redelivery. */
    public String sign(PaymentUpdate update, String mall, Duration ttl) {
        requireSelf(update.creditCompany());
        return signer().sign(MessageType.PAYMENT_UPDATE.typ(), self, mall, clock.instant().plus(ttl),
                ContractClaims.body(update));
    }

    /** By the shipping company, for anyone to check; valid for {@code ttl}. */
    public String sign(Tariff tariff, Duration ttl) {
        requireSelf(tariff.shippingCompany());
        return signer().sign(MessageType.TARIFF.typ(), self, Tariff.PUBLIC_AUDIENCE, clock.instant().plus(ttl),
                ContractClaims.body(tariff));
    }

    /** By the shipping company, for the credit company that holds the fee. Give a ttl that outlasts redelivery. */
    public String sign(FeeClaim claim, Duration ttl) {
        requireSelf(claim.shippingCompany());
        return signer().sign(MessageType.FEE_CLAIM.typ(), self, claim.creditCompany(), clock.instant().plus(ttl),
                ContractClaims.body(claim));
    }

    public PaymentInstructions verifyPaymentInstructions(String token) {
        return verify(token, MessageType.PAYMENT_INSTRUCTIONS, ContractClaims::paymentInstructions);
    }

    public ShippingInstructions verifyShippingInstructions(String token) {
        return verify(token, MessageType.SHIPPING_INSTRUCTIONS, ContractClaims::shippingInstructions);
    }

    public SettlementResult verifySettlementResult(String token) {
        return verify(token, MessageType.SETTLEMENT_RESULT, ContractClaims::settlementResult);
    }

    public ShippingReceipt verifyShippingReceipt(String token) {
        return verify(token, MessageType.SHIPPING_RECEIPT, ContractClaims::shippingReceipt);
    }

    public PaymentRequest verifyPaymentRequest(String token) {
        return verify(token, MessageType.PAYMENT_REQUEST, ContractClaims::paymentRequest);
    }

    public PaymentUpdate verifyPaymentUpdate(String token) {
        return verify(token, MessageType.PAYMENT_UPDATE, ContractClaims::paymentUpdate);
    }

    public FeeClaim verifyFeeClaim(String token) {
        return verify(token, MessageType.FEE_CLAIM, ContractClaims::feeClaim);
    }

    /** A tariff published by a trusted shipping company: addressed to anyone, its version its terms' own. */
    public Tariff verifyTariff(String token) {
        return verify(token, MessageType.TARIFF, Tariff.PUBLIC_AUDIENCE, ContractClaims::tariff);
    }

    private <T> T verify(String token, MessageType type, Function<VerifiedToken, T> read) {
        return verify(token, type, self, read);
    }

    private <T> T verify(String token, MessageType type, String audience, Function<VerifiedToken, T> read) {
        VerifiedToken verified = verifier.verify(token, type.typ(), audience);
        try {
            return read.apply(verified);
        } catch (RuntimeException badBody) {
            // Genuinely signed but not a valid message of its type: still the sender's fault.
            throw new SignatureRejectedException(MALFORMED, "the signed " + type + " is not valid: "
                    + badBody.getMessage(), badBody);
        }
    }

    private JwsSigner signer() {
        return new JwsSigner(ownKeys.activeSigningKey(), clock);
    }

    /** Catches wiring mistakes early: a server can only speak for itself. */
    private void requireSelf(String issuer) {
        if (!self.equals(issuer)) {
            throw new IllegalArgumentException("this server is " + self + ", cannot sign for " + issuer);
        }
    }
}
