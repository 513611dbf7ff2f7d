package io.anonpay.credit.settlement.control;

import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.party.OwnKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Claim 4 (docs/claims.md): the settlement identifier is the customer's name sealed to our own public key. The mall keeps it
 * without being able to read it; only we can open it, e.g. to match a shipment's sealed recipient name.
 */
@ApplicationScoped
public class SettlementIdentifiers {

    @Inject
    OwnKeys ownKeys;

    public String of(String customerName) {
        return SealedIdentifiers.seal(IdentifierKind.SETTLEMENT, customerName,
                ownKeys.ring().activeSealingKey().publicKey());
    }
}
