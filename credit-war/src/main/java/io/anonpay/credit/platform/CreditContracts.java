package io.anonpay.credit.platform;

import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import io.anonpay.common.party.OwnKeys;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.Partners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/**
 * The credit company's signed messages: it signs settlement results with its own key and accepts payment
 * instructions only from malls it knows (not from any partner: a shipping company's key must not pass for a
 * mall's) addressed to itself. No replay guard: a buyer may send the same instructions again after a wrong
 * password, and "never charge twice" rests on the purchase id being settled at most once.
 */
@ApplicationScoped
public class CreditContracts {

    @Inject
    @ConfigProperty(name = "anonpay.party.id")
    String self;

    @Inject
    OwnKeys ownKeys;

    @Inject
    Partners partners;

    /** A pseudo-scoped singleton: SignedContracts is final, so it cannot sit behind a client proxy. */
    @Produces
    @Singleton
    SignedContracts contracts() {
        TrustedKeys malls = issuer -> partners.find(Partner.Role.MALL, issuer).isPresent()
                ? partners.keysOf(issuer) : Optional.empty();
        return new SignedContracts(self, ownKeys.ring(), malls, ReplayGuard.none(), Clock.systemUTC());
    }

    public String self() {
        return self;
    }
}
