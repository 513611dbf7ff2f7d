package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.credit.card.control.CardLockout;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.card.control.Payer;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.settlement.entity.FeeLine;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one container-managed transaction of a payment: seal the settlement identifier and sign the approval's
 * result ahead ({@link Approval}), then admit the card under its row lock, hold the sum and the
 * shipping fee on it together by one conditional update (the payment is then AUTHORIZED until
 * {@code credit.authorization.expiry} from now, its fee line HELD), record the settlement (sealed settlement
 * identifier and shipping terms included) with its HOLD and FEE_HOLD steps, and put the signed result in the
 * outbox. Either all of it commits or none of it does. The fee was checked against the shipping company's tariff
 * before ({@link ShippingFees}): nothing here fetches anything.
 */
@Stateless
public class SettlementLedger {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @EJB
    CardLockout lockout;

    @Inject
    CardBalance balance;

    @Inject
    SettlementIdentifiers identifiers;

    @Inject
    ResultOutbox outbox;

    /** How long a hold waits for its capture (or void) before it expires; ISO-8601, e.g. P7D. */
    @Inject
    @ConfigProperty(name = "credit.authorization.expiry", defaultValue = "P7D")
    Duration authorizationExpiry;

    /** @param cardId a card whose password has just matched */
    public Ledgered settle(long cardId, PaymentInstructions instructions, Instant now) {
        Optional<Approval> approval = approval(cardId, instructions);
        return settle(cardId, lockout.admit(cardId, now), approval, instructions, now);
    }

    /** @param payer the card of a valid payment session: its password matched when the session opened */
    public Ledgered settleInSession(Payer payer, PaymentInstructions instructions, Instant now) {
        Optional<Approval> approval = Optional.of(approval(payer.customerName(), instructions));
        return settle(payer.cardId(), lockout.admitInSession(payer.cardId(), now), approval, instructions, now);
    }

    /**
     * Sealed and signed before the admission locks the card's row, its customer's name read without the row;
     * empty for a card that does not exist, which the admission then refuses.
     */
    private Optional<Approval> approval(long cardId, PaymentInstructions instructions) {
        return em.createNamedQuery(Card.CUSTOMER_NAME, String.class).setParameter("id", cardId)
                .getResultStream().findFirst()
                .map(name -> approval(name, instructions));
    }

    private Approval approval(String customerName, PaymentInstructions instructions) {
        return outbox.approval(identifiers.of(customerName), instructions);
    }

    private Ledgered settle(long cardId, PasswordVerdict admitted, Optional<Approval> approval,
            PaymentInstructions instructions, Instant now) {
        if (!admitted.accepted()) {
            return Ledgered.refused(admitted);
        }
        Optional<Settlement> existing = recorded(instructions.purchaseId());
        if (existing.isPresent()) {
            return Ledgered.existing(existing.get());
        }
        Card card = em.find(Card.class, cardId);
        Money sum = Money.of(instructions.paymentSum());
        if (!card.balance().sameCurrencyAs(sum)) {
            return Ledgered.currencyMismatch();
        }
        // goods and fee together or not at all: a card that can pay the goods alone declines
        boolean held = balance.hold(cardId, Money.of(instructions.total()));
        FeeLine fee = FeeLine.of(instructions);
        Settlement settlement = held
                ? Settlement.authorized(instructions.purchaseId(), card, approval.orElseThrow().settlementId(), sum,
                        fee, instructions.mall(), now, now.plus(authorizationExpiry))
                : Settlement.declined(instructions.purchaseId(), card, sum, fee, DeclineReason.INSUFFICIENT_BALANCE,
                        instructions.mall(), now);
        insert(settlement);
        if (held) {
            em.persist(PaymentStep.hold(settlement, now));
            em.flush(); // the goods' hold first: steps read in the order they were written
            em.persist(PaymentStep.feeHold(settlement, now));
            outbox.append(settlement, instructions.mall(), approval.orElseThrow());
        } else {
            outbox.append(settlement, instructions.mall());
        }
        return Ledgered.recorded(settlement);
    }

    public Optional<Settlement> recorded(String purchaseId) {
        return em.createNamedQuery(Settlement.BY_PURCHASE_KEY, Settlement.class)
                .setParameter("key", PurchaseKey.of(purchaseId).bytes())
                .getResultStream().findFirst();
    }

    /**
     * A concurrent first payment of the same purchase that committed first makes this insert fail: we lose, and
     * the rollback takes the hold back with everything else.
     */
    private void insert(Settlement settlement) {
        try {
            em.persist(settlement);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causes(e)) {
                throw new SettlementExistsException(e);
            }
            throw e;
        }
    }
}
