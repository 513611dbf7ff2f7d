package io.anonpay.shipping.shipment.control;

import io.anonpay.common.crypto.PublicKeySet;
import io.anonpay.common.crypto.seal.IdentifierKind;
import io.anonpay.common.crypto.seal.SealedIdentifiers;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.Partners;
import io.anonpay.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seals the buyer's name to the public key of the credit company that settled the purchase, claim 9
 * (docs/claims.md): from then on only that company can read it. The clear name is never stored, logged or sent
 * by this server.
 */
@ApplicationScoped
public class RecipientNames {

    @Inject
    Partners partners;

    public String seal(String name, String creditCompany) {
        if (partners.find(Partner.Role.CREDIT, creditCompany).isEmpty()) {
            throw new ProblemException("unknown-credit-company", "Unknown credit company", 422,
                    "the instructions name a credit company this shipping company does not know: " + creditCompany);
        }
        PublicKeySet keys = partners.knownKeys(creditCompany).orElseThrow(() -> new ProblemException(
                "credit-company-unavailable", "Credit company unavailable", 503,
                "the keys of credit company " + creditCompany + " cannot be fetched now; try again in a minute"));
        return SealedIdentifiers.seal(IdentifierKind.RECIPIENT_NAME, name, keys.activeSealingKey());
    }
}
