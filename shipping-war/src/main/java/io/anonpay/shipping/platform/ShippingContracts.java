package io.anonpay.shipping.platform;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingReceipt;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.PartyContracts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The signed messages this shipping company takes and gives: shipping instructions from a mall it knows (and
 * only a mall: a credit company's signature is no instruction to ship); receipts, fee claims and its published
 * tariffs, signed with its own key. No replay guard: a repeated instruction finds the purchase's existing shipment.
 */
@ApplicationScoped
public class ShippingContracts {

    @Inject
    @ConfigProperty(name = "anonpay.receipt.ttl", defaultValue = "P30D")
    Duration receiptTtl;

    @Inject
    @ConfigProperty(name = "anonpay.tariff.ttl", defaultValue = "P30D")
    Duration tariffTtl;

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

    /** Valid as long as a receipt: a claim, too, must outlast a broker outage and redelivery. */
    public String sign(FeeClaim claim) {
        return contracts.sign(claim, receiptTtl);
    }

    /** Signed anew for each reader; the terms, and so the version, stay the same. */
    public String sign(Tariff tariff) {
        return contracts.sign(tariff, tariffTtl);
    }
}
