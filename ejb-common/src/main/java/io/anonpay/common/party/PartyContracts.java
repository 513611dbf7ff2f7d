package io.anonpay.common.party;

import io.anonpay.common.contract.SignedContracts;
import io.anonpay.common.crypto.PublicKeySet;
import io.anonpay.common.crypto.sign.ReplayGuard;
import io.anonpay.common.crypto.sign.TrustedKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * This server as a party of the protocol: its id ({@code anonpay.party.id}), signing with its own keys, and
 * verifying what a partner of a given role signs — a shipping company's key never makes a settlement result
 * acceptable. Handling is idempotent by business key, so no replay store is needed here.
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

    private final Map<Partner.Role, SignedContracts> byRole = new EnumMap<>(Partner.Role.class);

    @PostConstruct
    void create() {
        for (Partner.Role role : Partner.Role.values()) {
            TrustedKeys onlyThisRole = new TrustedKeys() {
                @Override
                public Optional<PublicKeySet> keysOf(String issuer) {
                    return keysOf(issuer, null);
                }

                @Override
                public Optional<PublicKeySet> keysOf(String issuer, String kid) {
                    return partners.find(role, issuer).isPresent() ? partners.keysOf(issuer, kid) : Optional.empty();
                }
            };
            byRole.put(role, new SignedContracts(self, ownKeys.ring(), onlyThisRole, ReplayGuard.none(), Clock.systemUTC()));
        }
    }

    public String self() {
        return self;
    }

    /** Signs as this server; verifies only what partners of {@code role} signed. */
    public SignedContracts with(Partner.Role role) {
        return byRole.get(role);
    }
}
