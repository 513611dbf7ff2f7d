package io.anonpay.mall.platform;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.SettlementResult;
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
import java.time.Instant;

/**
 * The signed messages the mall gives and takes: instructions signed with its own key for the company the buyer
 * designated, payment requests for the credit company that approved, settlement results and payment updates only
 * from a credit company and receipts only from a shipping company (a shipping company's signature never pays a
 * purchase). No replay guard: results apply once per purchase and updates once per request anyway.
 */
@ApplicationScoped
public class MallContracts {

    /** Instructions expire soon: the buyer goes straight to the company's site with them. */
    static final Duration INSTRUCTIONS_VALID_FOR = Duration.ofMinutes(15);

    @Inject
    PartyContracts party;

    /** How long a payment request stays valid: it must outlast the broker's and the credit company's outages. */
    @Inject
    @ConfigProperty(name = "anonpay.mall.request-ttl", defaultValue = "P7D")
    Duration requestTtl;

    private SignedContracts credit;
    private SignedContracts shipping;

    @PostConstruct
    void init() {
        credit = party.with(Partner.Role.CREDIT);
        shipping = party.with(Partner.Role.SHIPPING);
    }

    /** The mall's party id: the issuer of its instructions, the audience of the results it accepts. */
    public String self() {
        return party.self();
    }

    /** When instructions issued {@code now} stop being accepted. */
    public Instant instructionsExpire(Instant now) {
        return now.plus(INSTRUCTIONS_VALID_FOR);
    }

    public String sign(PaymentInstructions instructions) {
        return credit.sign(instructions);
    }

    public String sign(ShippingInstructions instructions) {
        return shipping.sign(instructions);
    }

    public String sign(PaymentRequest request) {
        return credit.sign(request, requestTtl);
    }

    public SettlementResult verifySettlementResult(String jws) {
        return credit.verifySettlementResult(jws);
    }

    public ShippingReceipt verifyShippingReceipt(String jws) {
        return shipping.verifyShippingReceipt(jws);
    }

    public PaymentUpdate verifyPaymentUpdate(String jws) {
        return credit.verifyPaymentUpdate(jws);
    }
}
