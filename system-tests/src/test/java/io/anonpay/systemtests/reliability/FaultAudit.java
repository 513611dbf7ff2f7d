package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.privacy.PartyEvidence;
import io.anonpay.systemtests.reliability.Api.Card;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy promise after faults: failures are where a request body, a bind parameter or a message ends up in a
 * log. After a crash or an outage, every table, log file and sent message of each party is searched for what the
 * buyer of that scenario gave and the party must not hold, as {@code PrivacyAuditIT} does on the normal path.
 */
final class FaultAudit {

    private FaultAudit() {
    }

    /**
     * @param holder  the cardholder's name, also the recipient's name when the scenario ships
     * @param product the product's name; it must not be part of what a party may hold (the holder's name)
     */
    static void assertNothingLeaked(AnonpaySystem system, Card card, String holder, String product) {
        PartyEvidence mall = PartyEvidence.of(system, Server.MALL);
        PartyEvidence credit = PartyEvidence.of(system, Server.CREDIT);
        PartyEvidence shipping = PartyEvidence.of(system, Server.SHIPPING);
        List<String> leaks = new ArrayList<>();
        String card12 = card.number().substring(0, 12);
        for (String secret : List.of(holder, card.number(), card12, card.password(), Api.STREET)) {
            leaks.addAll(mall.found(secret, "buyer data"));
        }
        for (String secret : List.of(product, Api.STREET)) {
            leaks.addAll(credit.found(secret, "a product name or an address"));
        }
        for (String secret : List.of(card.number(), card12, card.password())) {
            leaks.addAll(credit.found(secret, "a card number or password in clear"));
        }
        for (String secret : List.of(product, holder, card.number(), card12, card.password())) {
            leaks.addAll(shipping.found(secret, "a product name, the buyer's name in clear or a card"));
        }
        assertThat(leaks).as("what a party holds after the fault but must not").isEmpty();
    }

}
