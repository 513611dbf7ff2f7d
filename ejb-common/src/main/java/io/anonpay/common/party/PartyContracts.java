package io.anonpay.common.party;

import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.sign.ReplayGuard;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * This server as a party of the protocol: its id ({@code anonpay.party.id}), signing with its own keys and
 * verifying what its partners sign. Handling is idempotent by business key, so no replay store is needed here.
 */
@ApplicationScoped
public class PartyContracts {

    @Inject
    @ConfigProperty(name = "anonpay.party.id")
    String self;

    @Inject
    OwnKeys ownKeys;

    @Inject
    Partners partners;

    private SignedContracts contracts;

    @PostConstruct
    void create() {
        contracts = new SignedContracts(self, ownKeys.ring(), partners, ReplayGuard.none(), Clock.systemUTC());
    }

    public String self() {
        return self;
    }

    public SignedContracts signed() {
        return contracts;
    }
}
