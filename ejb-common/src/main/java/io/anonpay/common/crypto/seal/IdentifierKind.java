package io.anonpay.common.crypto.seal;

import java.nio.charset.StandardCharsets;

/**
 * What a sealed identifier stands for. Each kind has its own HPKE {@code info} label, so an
 * identifier sealed as one kind does not open as another even under the same key: a settlement
 * id pasted where a purchase id is expected fails instead of being misread.
 */
public enum IdentifierKind {

    /** Product name(s), sealed by the mall to its own key. */
    PURCHASE("anonpay/v1/purchase-id"),
    /** Customer name, sealed by the credit company to its own key. */
    SETTLEMENT("anonpay/v1/settlement-id"),
    /** Buyer's name, sealed by the shipping company to the credit company's key. */
    RECIPIENT_NAME("anonpay/v1/recipient-name");

    private final String label;

    IdentifierKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    byte[] info() {
        return label.getBytes(StandardCharsets.US_ASCII);
    }
}
