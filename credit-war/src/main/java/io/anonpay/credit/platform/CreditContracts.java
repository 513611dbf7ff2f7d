package io.anonpay.credit.platform;

import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.PartyContracts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The credit company's signed messages: it signs settlement results with its own key and accepts payment
 * instructions only from malls it knows (a shipping company's key must not pass for a mall's) addressed to
 * itself. No replay guard: a buyer may send the same instructions again after a wrong password, and "never
 * charge twice" rests on the purchase id being settled at most once.
 */
@ApplicationScoped
public class CreditContracts {

    /** A pseudo-scoped singleton: SignedContracts is final, so it cannot sit behind a client proxy. */
    @Produces
    @Singleton
    SignedContracts contracts(PartyContracts party) {
        return party.with(Partner.Role.MALL);
    }
}
