package io.anonpay.credit.settlement.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Customer;
import io.anonpay.credit.card.entity.PasswordHash;
import io.anonpay.credit.settlement.control.Ledgered;
import io.anonpay.credit.settlement.entity.FeeLine;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's answer to a payment, byte for byte as JSON-B writes it: the payment page, the client and the ITs read
 * these fields, and an absent field (null) is left out rather than written as null. {@code passwordCheck} tells the
 * three cases apart: a password given and matched, given and not matched, or none compared (a session paid, or the
 * card is locked).
 */
class SettlementResponseTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.123456Z");
    private static final PaymentInstructions INSTRUCTIONS = new PaymentInstructions("purchase-1",
            Money.of(2_500, "EUR"), "shipping", new ShippingVolume(1_000), Money.of(500, "EUR"), "t0123456789abcdef",
            "mall", "credit", "https://mall.example/return", NOW.plusSeconds(600));
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void anApprovalJustRecordedIsFinalAndCarriesNoReason() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS,
                new Ledgered(approved(), false, null, null), false);

        assertThat(json(answer)).isEqualTo("""
                {"finalOutcome":true,"message":"Payment approved.","outcome":"APPROVED",\
                "passwordCheck":"MATCHED","passwordMatched":true,\
                "paymentSum":{"amount":2500,"currency":"EUR"},"purchaseId":"purchase-1","repeated":false,\
                "returnUrl":"https://mall.example/return","settledAt":"2026-12-06T10:15:30.123456Z"}""");
    }

    @Test
    void aRepeatedApprovalSaysSo() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS, Ledgered.existing(approved()), false);

        assertThat(json(answer)).isEqualTo("""
                {"finalOutcome":true,"message":"Payment approved. (This purchase had been settled before.)",\
                "outcome":"APPROVED","passwordCheck":"MATCHED","passwordMatched":true,\
                "paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":true,"returnUrl":"https://mall.example/return",\
                "settledAt":"2026-12-06T10:15:30.123456Z"}""");
    }

    @Test
    void aDeclineForBalanceIsFinal() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS,
                new Ledgered(declined(), false, null, null), false);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"INSUFFICIENT_BALANCE","finalOutcome":true,\
                "message":"Payment declined: the card's balance is too low.","outcome":"DECLINED",\
                "passwordCheck":"MATCHED","passwordMatched":true,\
                "paymentSum":{"amount":2500,"currency":"EUR"},"purchaseId":"purchase-1",\
                "repeated":false,"returnUrl":"https://mall.example/return",\
                "settledAt":"2026-12-06T10:15:30.123456Z"}""");
    }

    @Test
    void aRepeatedDeclineSaysSo() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS, Ledgered.existing(declined()), false);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"INSUFFICIENT_BALANCE","finalOutcome":true,\
                "message":"Payment declined: the card's balance is too low. (This purchase had been settled before.)",\
                "outcome":"DECLINED","passwordCheck":"MATCHED","passwordMatched":true,\
                "paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":true,"returnUrl":"https://mall.example/return",\
                "settledAt":"2026-12-06T10:15:30.123456Z"}""");
    }

    @Test
    void aCardInAnotherCurrencyMatchedItsPasswordButRecordsNothing() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS,
                new Ledgered(null, false, DeclineReason.CURRENCY_MISMATCH, null), false);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"CURRENCY_MISMATCH","finalOutcome":false,\
                "message":"This card cannot pay in EUR. Pay with another card.","outcome":"DECLINED",\
                "passwordCheck":"MATCHED","passwordMatched":true,\
                "paymentSum":{"amount":2500,"currency":"EUR"},"purchaseId":"purchase-1",\
                "repeated":false,"returnUrl":"https://mall.example/return"}""");
    }

    @Test
    void anUnknownCardIsRejectedWithoutACount() {
        SettlementResponse answer = SettlementResponse.refused(INSTRUCTIONS, PasswordVerdict.unknownCard(), false);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"CARD_REJECTED","finalOutcome":false,\
                "message":"Card number or password not recognised. Check both and try again.",\
                "outcome":"DECLINED","passwordCheck":"NOT_MATCHED","passwordMatched":false,\
                "paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":false,"returnUrl":"https://mall.example/return"}""");
    }

    @Test
    void aWrongPasswordIsRejectedWithTheAttemptsLeft() {
        SettlementResponse answer = SettlementResponse.refused(INSTRUCTIONS,
                PasswordVerdict.wrongPassword(failed(1), NOW), false);

        assertThat(json(answer)).isEqualTo("""
                {"attemptsLeft":4,"declineReason":"CARD_REJECTED","finalOutcome":false,\
                "message":"Card number or password not recognised. Check both and try again.",\
                "outcome":"DECLINED","passwordCheck":"NOT_MATCHED","passwordMatched":false,\
                "paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":false,"returnUrl":"https://mall.example/return"}""");
    }

    @Test
    void aLockedCardSaysUntilWhen() {
        SettlementResponse answer = SettlementResponse.refused(INSTRUCTIONS,
                PasswordVerdict.locked(failed(5)), false);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"CARD_LOCKED","finalOutcome":false,"lockedUntil":"2026-12-06T10:45:30.123456Z",\
                "message":"This card is locked after too many wrong passwords until 2026-12-06T10:45:30.123456Z. \
                Pay with another card or come back later.",\
                "outcome":"DECLINED","passwordCheck":"NOT_CHECKED","passwordMatched":false,\
                "paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":false,"returnUrl":"https://mall.example/return"}""");
    }

    @Test
    void theWrongPasswordThatLocksTheCardWasComparedAndDidNotMatch() {
        SettlementResponse answer = SettlementResponse.refused(INSTRUCTIONS,
                PasswordVerdict.wrongPassword(failed(5), NOW), false);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"CARD_LOCKED","finalOutcome":false,"lockedUntil":"2026-12-06T10:45:30.123456Z",\
                "message":"This card is locked after too many wrong passwords until 2026-12-06T10:45:30.123456Z. \
                Pay with another card or come back later.",\
                "outcome":"DECLINED","passwordCheck":"NOT_MATCHED","passwordMatched":false,\
                "paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":false,"returnUrl":"https://mall.example/return"}""");
    }

    @Test
    void aCardLockedWhileItsPasswordWasCheckedIsAnsweredTheSame() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS,
                new Ledgered(null, false, DeclineReason.CARD_LOCKED, PasswordVerdict.locked(failed(5))), false);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"CARD_LOCKED","finalOutcome":false,"lockedUntil":"2026-12-06T10:45:30.123456Z",\
                "message":"This card is locked after too many wrong passwords until 2026-12-06T10:45:30.123456Z. \
                Pay with another card or come back later.",\
                "outcome":"DECLINED","passwordCheck":"NOT_CHECKED","passwordMatched":false,\
                "paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":false,"returnUrl":"https://mall.example/return"}""");
    }

    @Test
    void aSessionsCardClosedMeanwhileIsRejected() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS,
                new Ledgered(null, false, DeclineReason.CARD_REJECTED, PasswordVerdict.unknownCard()), true);

        assertThat(json(answer)).isEqualTo("""
                {"declineReason":"CARD_REJECTED","finalOutcome":false,\
                "message":"Card number or password not recognised. Check both and try again.",\
                "outcome":"DECLINED","passwordCheck":"NOT_CHECKED","paymentSum":{"amount":2500,"currency":"EUR"},\
                "purchaseId":"purchase-1","repeated":false,"returnUrl":"https://mall.example/return"}""");
    }

    @Test
    void aSessionPaymentSaysNoPasswordWasCheckedAndLeavesPasswordMatchedOut() {
        SettlementResponse answer = SettlementResponse.from(INSTRUCTIONS, new Ledgered(approved(), false, null, null),
                true);

        assertThat(json(answer)).isEqualTo("""
                {"finalOutcome":true,"message":"Payment approved.","outcome":"APPROVED","passwordCheck":"NOT_CHECKED",\
                "paymentSum":{"amount":2500,"currency":"EUR"},"purchaseId":"purchase-1","repeated":false,\
                "returnUrl":"https://mall.example/return","settledAt":"2026-12-06T10:15:30.123456Z"}""");
    }

    @Test
    void aSessionsRepeatAndItsRefusalsCheckNoPasswordEither() {
        assertThat(SettlementResponse.from(INSTRUCTIONS, Ledgered.existing(declined()), true))
                .extracting(SettlementResponse::passwordCheck, SettlementResponse::passwordMatched)
                .containsExactly(PasswordCheck.NOT_CHECKED, null);
        assertThat(SettlementResponse.currencyMismatch(INSTRUCTIONS, true))
                .extracting(SettlementResponse::passwordCheck, SettlementResponse::passwordMatched)
                .containsExactly(PasswordCheck.NOT_CHECKED, null);
        assertThat(SettlementResponse.from(INSTRUCTIONS,
                new Ledgered(null, false, DeclineReason.CARD_LOCKED, PasswordVerdict.locked(failed(5))), true))
                .extracting(SettlementResponse::passwordCheck, SettlementResponse::passwordMatched)
                .containsExactly(PasswordCheck.NOT_CHECKED, null);
    }

    @Test
    void onlyTheRequestThatRecordedTheOutcomeCreatedIt() {
        assertThat(SettlementResponse.settled(INSTRUCTIONS, approved(), false, false).created()).isTrue();
        assertThat(SettlementResponse.settled(INSTRUCTIONS, approved(), true, false).created()).isFalse();
        assertThat(SettlementResponse.currencyMismatch(INSTRUCTIONS, false).created()).isFalse();
        assertThat(SettlementResponse.refused(INSTRUCTIONS, PasswordVerdict.unknownCard(), false).created()).isFalse();
    }

    private static String json(SettlementResponse response) {
        return JSONB.toJson(response);
    }

    private static Card card() {
        return new Card(new Customer("Alice"), new byte[32], "1111",
                new io.anonpay.credit.card.entity.Money(10_000, "EUR"), new PasswordHash(new byte[32], new byte[16]));
    }

    /** A card after {@code failures} wrong passwords: the fifth locks it. */
    private static Card failed(int failures) {
        Card card = card();
        for (int i = 0; i < failures; i++) {
            card.passwordRejected(NOW);
        }
        return card;
    }

    private static Settlement approved() {
        return Settlement.authorized("purchase-1", card(), "sealed-name", sum(), FeeLine.of(INSTRUCTIONS), "mall",
                NOW, NOW.plus(java.time.Duration.ofDays(7)));
    }

    private static Settlement declined() {
        return Settlement.declined("purchase-1", card(), sum(), FeeLine.of(INSTRUCTIONS),
                DeclineReason.INSUFFICIENT_BALANCE, "mall", NOW);
    }

    private static io.anonpay.credit.card.entity.Money sum() {
        return io.anonpay.credit.card.entity.Money.of(INSTRUCTIONS.paymentSum());
    }
}
