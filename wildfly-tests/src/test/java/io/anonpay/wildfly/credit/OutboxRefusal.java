package io.anonpay.wildfly.credit;

import io.anonpay.wildfly.PartyDatabase;

/**
 * Makes the credit company's database refuse the outbox row of one purchase, until closed: a check constraint on
 * that purchase's message key. The outbox row is the settlement transaction's last write, so the refusal comes
 * after the card's debit and the settlement row.
 */
final class OutboxRefusal implements AutoCloseable {

    private final String constraint;

    private OutboxRefusal(String constraint) {
        this.constraint = constraint;
    }

    /** @param purchaseId a test's own identifier, letters, digits and hyphens only */
    static OutboxRefusal of(String purchaseId, String constraint) {
        PartyDatabase.execute("alter table outbox add constraint " + constraint + " check (message_key <> '"
                + purchaseId + "') not valid");
        return new OutboxRefusal(constraint);
    }

    @Override
    public void close() {
        PartyDatabase.execute("alter table outbox drop constraint if exists " + constraint);
    }
}
