package io.anonpay.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.systemtests.reliability.Api.Card;
import io.anonpay.systemtests.reliability.Databases.CardBooks;

/**
 * The invariants of one card's money, checked against the credit company's ledger and the cardholder's statement:
 * balance = credit issued − goods captured − shipping fees claimed + refunded; available = balance − active holds;
 * the holds are exactly the goods of authorisations not yet captured, voided or expired and the fees not yet claimed
 * or released; every approved fee is held, claimed or released; nothing negative; refunded ≤ captured ≤ authorised
 * per payment; and the ledger's approvals are exactly those the buyers were told.
 */
final class Books {

    private final Api api;
    private final Databases databases;

    Books(Api api, Databases databases) {
        this.api = api;
        this.databases = databases;
    }

    /**
     * Waits until no shipping fee of the card is held any more (each shipping company's claim arrives through its
     * outbox and the broker, after the parcel was accepted), at most {@code patience}.
     *
     * @return the card's books then, whether or not the fees were all claimed
     */
    CardBooks awaitFeesClaimed(Card card, java.time.Duration patience) {
        java.time.Instant deadline = java.time.Instant.now().plus(patience);
        CardBooks books = databases.books(card.id());
        while (books.feesHeld() > 0 && java.time.Instant.now().isBefore(deadline)) {
            Api.pause(250);
            books = databases.books(card.id());
        }
        return books;
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
        assertThat(books.balance()).as("%s: balance = credit issued − captured − fees claimed + refunded", card)
                .isEqualTo(card.limit() - books.captured() - books.feesClaimed() + books.refunded());
        assertThat(books.held()).as("%s: the card's holds are its authorisations not captured, voided or expired,"
                + " and its fees not claimed or released", card)
                .isEqualTo(books.heldBySettlements() + books.feesHeld());
        assertThat(books.heldBySettlements() + books.captured() + books.released())
                .as("%s: every approval is held, captured or released", card).isEqualTo(books.approvedSum());
        assertThat(books.feesHeld() + books.feesClaimed() + books.feesReleased())
                .as("%s: every approved fee is held, claimed or released", card).isEqualTo(books.feesApproved());
        assertThat(api.available(card)).as("%s: the statement's available amount is the ledger's", card)
                .isEqualTo(books.available())
                .isNotNegative();
        return books;
    }
}
