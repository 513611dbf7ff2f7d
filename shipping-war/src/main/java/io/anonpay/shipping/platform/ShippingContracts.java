package io.anonpay.shipping.platform;

import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.PublicKeySet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.common.party.OwnKeys;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.Partners;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The signed messages this shipping company takes and gives: shipping instructions from a mall it knows (and
 * only a mall: a credit company's signature is no instruction to ship), receipts signed with its own key.
 * No replay guard: a repeated instruction finds the purchase's existing shipment.
 */
@ApplicationScoped
public class ShippingContracts {

    @Inject
    @ConfigProperty(name = "anonpay.party.id")
    String self;

    @Inject
    @ConfigProperty(name = "anonpay.receipt.ttl", defaultValue = "P30D")
    Duration receiptTtl;

    @Inject
    OwnKeys ownKeys;

    @Inject
    Partners partners;

    private SignedContracts contracts;

    @PostConstruct
    void init() {
        TrustedKeys malls = this::mallKeys;
        contracts = new SignedContracts(self, ownKeys.ring(), malls, ReplayGuard.none(), Clock.systemUTC());
    }

    private Optional<PublicKeySet> mallKeys(String issuer) {
        return partners.find(Partner.Role.MALL, issuer).isPresent() ? partners.keysOf(issuer) : Optional.empty();
    }

    /** This company's party id: the audience of the instructions it accepts, the issuer of its receipts. */
    public String self() {
        return self;
    }

    public ShippingInstructions verify(String instructions) {
        return contracts.verifyShippingInstructions(instructions);
    }

    public String sign(ShippingReceipt receipt, String mall) {
        return contracts.sign(receipt, mall, receiptTtl);
    }
}
