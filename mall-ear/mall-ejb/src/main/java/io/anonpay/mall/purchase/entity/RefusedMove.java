package io.anonpay.mall.purchase.entity;

/** A report a purchase refuses: following it would break one of its rules (the message says which). */
public class RefusedMove extends RuntimeException {

    public RefusedMove(String message) {
        super(message);
    }
}
