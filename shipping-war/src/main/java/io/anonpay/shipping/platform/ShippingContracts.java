package io.anonpay.shipping.platform;

import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.PartyContracts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The signed messages this shipping company takes and gives: shipping instructions from a mall it knows (and
 * only a mall: a credit company's signature is no instruction to ship), receipts signed with its own key.
 * No replay guard: a repeated instruction finds the purchase's existing shipment.
 */
@ApplicationScoped
public class ShippingContracts {

    @Inject
    @ConfigProperty(name = "anonpay.receipt.ttl", defaultValue = "P30D")
    Duration receiptTtl;

    @Inject
    PartyContracts party;

    private SignedContracts contracts;

    @PostConstruct
    void init() {
        contracts = party.with(Partner.Role.MALL);
    }

    /** This company's party id: the audience of the instructions it accepts, the issuer of its receipts. */
    public String self() {
        return party.self();
    }

    public ShippingInstructions verifyShippingInstructions(String jws) {
        return contracts.verifyShippingInstructions(jws);
    }

    public String sign(ShippingReceipt receipt, String mall) {
        return contracts.sign(receipt, mall, receiptTtl);
    }
}
