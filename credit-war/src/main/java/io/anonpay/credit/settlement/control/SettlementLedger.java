package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.credit.card.control.CardLockout;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.card.entity.Card;
import io.anonpay.credit.card.entity.Money;
import io.anonpay.credit.settlement.entity.PaymentStep;
import io.anonpay.credit.settlement.entity.Settlement;
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
 * The one container-managed transaction of a payment: admit the card under its row lock, hold the sum on it by a
 * conditional update (the payment is then AUTHORIZED until {@code credit.authorization.expiry} from now), record
 * the settlement (sealed settlement identifier included) with its HOLD step, and put the signed result in the
 * outbox. Either all of it commits or none of it does.
 */
@Stateless
public class SettlementLedger {

    @PersistenceContext(unitName = "credit")
    EntityManager em;

    @Inject
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
        return settle(cardId, lockout.admit(cardId, now), instructions, now);
    }

    /** @param cardId the card of a valid payment session: its password matched when the session opened */
    public Ledgered settleInSession(long cardId, PaymentInstructions instructions, Instant now) {
        return settle(cardId, lockout.admitInSession(cardId, now), instructions, now);
    }

    private Ledgered settle(long cardId, PasswordVerdict admitted, PaymentInstructions instructions, Instant now) {
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
        boolean held = balance.hold(cardId, sum);
        Settlement settlement = held
                ? Settlement.authorized(instructions.purchaseId(), card, identifiers.of(card.customer().name()), sum,
                        instructions.mall(), now, now.plus(authorizationExpiry))
                : Settlement.declined(instructions.purchaseId(), card, sum, DeclineReason.INSUFFICIENT_BALANCE,
                        instructions.mall(), now);
        insert(settlement);
        if (held) {
            em.persist(PaymentStep.hold(settlement, now));
        }
        outbox.append(settlement, instructions.mall());
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
