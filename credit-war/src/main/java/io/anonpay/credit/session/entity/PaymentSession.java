package io.anonpay.credit.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A payment session: the card whose password matched, and until when the token may pay with it. The token itself is
 * never stored, only its SHA-256 ({@code token_hash}), so a copy of the database cannot pay.
 */
@Entity
@Table(name = "payment_session")
@NamedQuery(name = PaymentSession.PAYER_BY_TOKEN_HASH,
        query = "select s.cardId, c.customer.name from PaymentSession s, Card c"
                + " where c.id = s.cardId and s.tokenHash = :hash and s.expiresAt > :now")
@NamedQuery(name = PaymentSession.DELETE_EXPIRED,
        query = "delete from PaymentSession s where s.expiresAt <= :now")
public class PaymentSession {

    /** The card of a valid session and its customer's name, as {@code Object[] {Long, String}}. */
    public static final String PAYER_BY_TOKEN_HASH = "PaymentSession.payerByTokenHash";
    public static final String DELETE_EXPIRED = "PaymentSession.deleteExpired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private byte[] tokenHash;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PaymentSession() {
    }

    public PaymentSession(byte[] tokenHash, long cardId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash.clone();
        this.cardId = cardId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long cardId() {
        return cardId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
