package io.anonpay.credit.card.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A card: found by the keyed hash of its number, shown by its last four digits, with a usage balance, the sum of
 * the holds on it, and the lockout rules for its password. Balance and holds only ever change by conditional
 * updates in the database (see {@code CardBalance}), never through this entity, so concurrent payments cannot
 * overdraw it: what a payment may hold is the available amount, balance minus holds.
 */
@Entity
@Table(name = "card")
@NamedQuery(name = Card.BY_NUMBER_HASH, query = "select c from Card c where c.numberHash = :hash")
@NamedQuery(name = Card.CUSTOMER_NAME, query = "select c.customer.name from Card c where c.id = :id")
public class Card {

    public static final String BY_NUMBER_HASH = "Card.byNumberHash";
    /** The name of the card's customer, read without the card's row. */
    public static final String CUSTOMER_NAME = "Card.customerName";
    /** Consecutive failed passwords that lock the card (PCI DSS allows at most 10). */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    /** How long a locked card stays locked (PCI DSS: at least 30 minutes). */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // lazy: a payment locks the card's row without reading its customer (where the runtime weaves the entities)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "number_hash", nullable = false, unique = true)
    private byte[] numberHash;

    @Column(name = "last_four", nullable = false, length = 4)
    private String lastFour;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "balance_amount", nullable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "balance_currency", nullable = false))})
    private Money balance;

    /** The holds on the card, in the balance's currency; written only by {@code CardBalance}. */
    @Column(name = "held_amount", nullable = false, insertable = false, updatable = false)
    private long held;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardStatus status = CardStatus.ACTIVE;

    @Embedded
    private PasswordHash password;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected Card() {
    }

    public Card(Customer customer, byte[] numberHash, String lastFour, Money limit, PasswordHash password) {
        this.customer = customer;
        this.numberHash = numberHash.clone();
        this.lastFour = lastFour;
        this.balance = limit;
        this.password = password;
    }

    public boolean usable() {
        return status == CardStatus.ACTIVE;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** One more consecutive failure; the fifth locks the card. A lock that has run out starts a fresh count. */
    public void passwordRejected(Instant now) {
        if (lockedAt(now)) {
            return;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
    }

    /** The right password ends the run of failures. */
    public void passwordAccepted() {
        if (failedAttempts != 0 || lockedUntil != null) {
            failedAttempts = 0;
            lockedUntil = null;
        }
    }

    /** Failures still allowed before the card locks; 0 while locked. */
    public int attemptsLeft(Instant now) {
        if (lockedAt(now)) {
            return 0;
        }
        int counted = lockedUntil == null ? failedAttempts : 0;
        return MAX_FAILED_ATTEMPTS - counted;
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public String lastFour() {
        return lastFour;
    }

    public Money balance() {
        return balance;
    }

    /** The holds on the card when it was read. */
    public Money held() {
        return new Money(held, balance.currency());
    }

    public CardStatus status() {
        return status;
    }

    public PasswordHash password() {
        return password;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
