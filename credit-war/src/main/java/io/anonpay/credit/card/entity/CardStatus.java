package io.anonpay.credit.card.entity;

/** Whether a card can be used at all; a temporary lock after failed passwords is separate ({@code locked_until}). */
public enum CardStatus {
    ACTIVE,
    CLOSED
}
