package io.anonpay.credit.platform;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PaymentRequest;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.SettlementResult;
import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.PartyContracts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The signed messages this credit company takes and gives: payment instructions and payment requests only from
 * malls it knows (a shipping company's key must not pass for a mall's) addressed to itself, fee claims only from
 * shipping companies it knows, settlement results and payment updates signed with its own key. No replay guard: a
 * buyer may send the same instructions again after a wrong password, and "never charge twice" rests on the purchase
 * id being settled at most once; a payment request applies once by its request id, a fee claim once per payment.
 */
@ApplicationScoped
public class CreditContracts {

    @Inject
    @ConfigProperty(name = "credit.result.ttl", defaultValue = "P7D")
    Duration resultTtl;

    @Inject
    PartyContracts party;

    private SignedContracts contracts;
    private SignedContracts shipping;

    @PostConstruct
    void init() {
        contracts = party.with(Partner.Role.MALL);
        shipping = party.with(Partner.Role.SHIPPING);
    }

    /** This company's party id: the audience of the instructions it accepts, the issuer of its results. */
    public String self() {
        return party.self();
    }

    public PaymentInstructions verifyPaymentInstructions(String jws) {
        return contracts.verifyPaymentInstructions(jws);
    }

    /** @param mall the mall that issued the purchase: the result's audience */
    public String sign(SettlementResult result, String mall) {
        return contracts.sign(result, mall, resultTtl);
    }

    public PaymentRequest verifyPaymentRequest(String jws) {
        return contracts.verifyPaymentRequest(jws);
    }

    /** A shipping company's claim of the fee it is owed, addressed to us. */
    public FeeClaim verifyFeeClaim(String jws) {
        return shipping.verifyFeeClaim(jws);
    }

    /** @param mall the mall whose instructions paid: the update's audience; valid as long as a result is */
    public String sign(PaymentUpdate update, String mall) {
        return contracts.sign(update, mall, resultTtl);
    }
}
