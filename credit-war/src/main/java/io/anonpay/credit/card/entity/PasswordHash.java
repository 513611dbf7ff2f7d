package io.anonpay.credit.card.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An Argon2id hash of a cardholder's password with its random salt; the password itself is never kept. */
@Embeddable
public class PasswordHash {

    @Column(name = "password_hash", nullable = false)
    private byte[] hash;

    @Column(name = "password_salt", nullable = false)
    private byte[] salt;

    protected PasswordHash() {
    }

    public PasswordHash(byte[] hash, byte[] salt) {
        this.hash = hash.clone();
        this.salt = salt.clone();
    }

    public byte[] hash() {
        return hash.clone();
    }

    public byte[] salt() {
        return salt.clone();
    }
}
