package io.anonpay.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.Databases.CardBooks;

/**
 * The invariants of one card's money, checked against the credit company's ledger and the cardholder's statement:
 * balance = credit issued − captured + refunded; available = balance − active holds; the holds are exactly the
 * authorisations not yet captured, voided or expired; nothing negative; refunded ≤ captured ≤ authorised per
 * payment; and the ledger's approvals are exactly those the buyers were told.
 */
final class Books {

    private final Api api;
    private final Databases databases;

    Books(Api api, Databases databases) {
        this.api = api;
        this.databases = databases;
    }

    /**
     * @param approvedAsTold the sum of the approvals the buyers of this card were told
     * @return the card's books, for a test's own further checks
     */
    CardBooks assertConserved(Card card, long approvedAsTold) {
        CardBooks books = databases.books(card.id());
        assertThat(databases.negativeBalances()).as("cards with a negative balance, hold or available amount")
                .isZero();
        assertThat(databases.paymentsOutOfOrder()).as("payments breaking refunded ≤ captured ≤ authorised")
                .isZero();
        assertThat(books.approvedSum()).as("%s: the ledger's approvals equal what the buyers were told", card)
                .isEqualTo(approvedAsTold);
        assertThat(books.balance()).as("%s: balance = credit issued − captured + refunded", card)
                .isEqualTo(card.limit() - books.captured() + books.refunded());
        assertThat(books.held()).as("%s: the card's holds are its authorisations not captured, voided or expired",
                card).isEqualTo(books.heldBySettlements());
        assertThat(books.heldBySettlements() + books.captured() + books.released())
                .as("%s: every approval is held, captured or released", card).isEqualTo(books.approvedSum());
        assertThat(api.available(card)).as("%s: the statement's available amount is the ledger's", card)
                .isEqualTo(books.available())
                .isNotNegative();
        return books;
    }
}
