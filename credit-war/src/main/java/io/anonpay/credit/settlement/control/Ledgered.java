package io.anonpay.credit.settlement.control;

import io.anonpay.common.contract.SettlementResult.DeclineReason;
import io.anonpay.credit.card.control.PasswordVerdict;
import io.anonpay.credit.settlement.entity.Settlement;

/**
 * What the settlement transaction did: recorded the purchase's outcome, found the one recorded before
 * ({@code repeated}: returned unchanged, nothing debited), or recorded nothing because this card cannot pay now
 * ({@code refusal}: {@code CURRENCY_MISMATCH}, or the {@code verdict} of a card locked or closed meanwhile).
 */
public record Ledgered(Settlement settlement, boolean repeated, DeclineReason refusal, PasswordVerdict verdict) {

    static Ledgered recorded(Settlement settlement) {
        return new Ledgered(settlement, false, null, null);
    }

    public static Ledgered existing(Settlement settlement) {
        return new Ledgered(settlement, true, null, null);
    }

    static Ledgered currencyMismatch() {
        return new Ledgered(null, false, DeclineReason.CURRENCY_MISMATCH, null);
    }

    static Ledgered refused(PasswordVerdict verdict) {
        return new Ledgered(null, false, verdict.refusal(), verdict);
    }

    /** True when the purchase has its outcome: {@code settlement} is there. */
    public boolean settled() {
        return settlement != null;
    }
}
