package io.anonpay.wildfly.credit;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.SettlementResult.Outcome;
import io.anonpay.credit.card.boundary.Cards;
import io.anonpay.credit.settlement.control.Ledgered;
import io.anonpay.credit.settlement.control.SettlementLedger;
import io.anonpay.wildfly.PartyDatabase;
import io.anonpay.wildfly.TestableDeployment;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The credit company's settlement transaction on WildFly, inside the server: {@link SettlementLedger} holds the sum and
 * the shipping fee on the card, records the settlement and appends the signed result to the outbox in one container-managed transaction.
 * Both tests read back what the database committed, through a connection of their own.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementTransactionIT {

    private static final long LIMIT = 10_000;
    private static final long SUM = 2_500;
    private static final ShippingVolume VOLUME = new ShippingVolume(1000);
    /**
     * The test shipping company's tariff (it-support's {@code TestParties.TARIFF}, which is not in the deployment:
     * the ledger is called directly, so nothing fetches it).
     */
    private static final Tariff TARIFF = new Tariff("shipping", "EUR", 390, 110, 5000, 1, 2_000_000);
    /** The fee for {@link #VOLUME}, held with the sum. */
    private static final long FEE = TARIFF.fee(VOLUME).amount();

    @Deployment
    static WebArchive deployment() {
        return TestableDeployment.of("credit.war", SettlementTransactionIT.class, OutboxRefusal.class);
    }

    @Inject
    Cards cards;

    @Inject
    SettlementLedger ledger;

    @Test
    void theHoldTheSettlementAndTheOutboxRowCommitTogether() {
        long card = card();
        String purchaseId = purchaseId();

        Ledgered ledgered = ledger.settle(card, instructions(purchaseId), now());

        assertThat(ledgered.settlement().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(available(card)).as("available after the hold of the sum and the fee").isEqualTo(LIMIT - SUM - FEE);
        assertThat(PartyDatabase.number("select balance_amount from card where id = ?", card))
                .as("an approval holds, it does not debit").isEqualTo(LIMIT);
        assertThat(settlements(purchaseId)).isOne();
        assertThat(PartyDatabase.number("select count(*) from outbox where message_key = ? and destination = ?",
                purchaseId, Queues.SETTLEMENT_RESULTS)).isOne();
    }

    @Test
    void aFailureAfterTheHoldRollsAllThreeBack() {
        long card = card();
        String purchaseId = purchaseId();
        String constraint = "wildfly_it_refuse_" + UUID.randomUUID().toString().replace("-", "");

        try (OutboxRefusal refusal = OutboxRefusal.of(purchaseId, constraint)) {
            assertThatThrownBy(() -> ledger.settle(card, instructions(purchaseId), now()))
                    .isInstanceOf(EJBException.class)
                    .hasStackTraceContaining(constraint);
        }

        assertThat(available(card)).as("the card's available amount: no hold left").isEqualTo(LIMIT);
        assertThat(settlements(purchaseId)).as("settlement rows").isZero();
        assertThat(outboxRows(purchaseId)).as("outbox rows").isZero();
    }

    private long card() {
        return cards.issue("WildFly Tester", new io.anonpay.credit.card.entity.Money(LIMIT, "EUR"),
                "wildfly-" + UUID.randomUUID()).id();
    }

    private static String purchaseId() {
        return "wildfly-it-" + UUID.randomUUID();
    }

    private static PaymentInstructions instructions(String purchaseId) {
        return new PaymentInstructions(purchaseId, new Money(SUM, "EUR"), "shipping", VOLUME,
                TARIFF.fee(VOLUME), TARIFF.version(), "mall", "credit",
                "http://127.0.0.1/mall/purchase.html", Instant.now().plus(Duration.ofHours(1)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** What the card can still spend: its balance less its holds. */
    private static long available(long card) {
        return PartyDatabase.number("select balance_amount - held_amount from card where id = ?", card);
    }

    private static long settlements(String purchaseId) {
        return PartyDatabase.number("select count(*) from settlement where purchase_id = ?", purchaseId);
    }

    private static long outboxRows(String purchaseId) {
        return PartyDatabase.number("select count(*) from outbox where message_key = ?", purchaseId);
    }
}
