package io.anonpay.shipping.shipment.boundary;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.party.QuotedFees;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.shipping.claim.control.FeeClaims;
import io.anonpay.shipping.platform.ShippingContracts;
import io.anonpay.shipping.receipt.control.Receipts;
import io.anonpay.shipping.shipment.control.AddressVault;
import io.anonpay.shipping.shipment.control.RecipientNames;
import io.anonpay.shipping.shipment.control.TrackingNumbers;
import io.anonpay.shipping.shipment.entity.Shipment;
import io.anonpay.shipping.shipment.entity.ShipmentTerms;
import io.anonpay.shipping.tariff.control.PublishedTariffs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Accepts and finds shipments. The fee the instructions quote must be what the tariff they name charges for the
 * volume, checked before anything is written. One transaction per acceptance: the shipment, its receipt to the mall
 * and its fee claim to the credit company, both in the outbox, commit together or not at all. Concurrent requests
 * for one purchase queue on a database advisory lock, so the second finds the first's shipment, on this instance or
 * another (the unique purchase key stays the last word), and claims nothing.
 */
@Stateless
public class Shipments {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "shipping")
    EntityManager em;

    @Inject
    ShippingContracts contracts;

    @Inject
    RecipientNames recipientNames;

    @Inject
    AddressVault addresses;

    @Inject
    Receipts receipts;

    @Inject
    FeeClaims feeClaims;

    @Inject
    PublishedTariffs tariffs;

    public record Acceptance(Shipment shipment, String returnUrl, boolean created) {
    }

    public Acceptance accept(String signedInstructions, ShipmentRequest.Recipient recipient) {
        ShippingInstructions instructions = contracts.verifyShippingInstructions(signedInstructions);
        Tariff tariff = tariffs.require(instructions.tariffVersion());
        Money fee = QuotedFees.check(tariff, instructions.shippingVolume(), instructions.shippingFee());
        PurchaseKey key = PurchaseKey.of(instructions.purchaseId());
        lock(key);
        Optional<Shipment> existing = byPurchase(key);
        if (existing.isPresent()) {
            return new Acceptance(existing.get(), instructions.returnUrl(), false);
        }
        String shippingId = newShippingId();
        ShipmentTerms terms = new ShipmentTerms(shippingId, key.hex(), instructions.purchaseId(),
                instructions.mall(), instructions.creditCompany(), instructions.shippingVolume(),
                instructions.paymentSum(), fee, tariff.version());
        Shipment shipment = new Shipment(terms,
                recipientNames.seal(recipient.cleanName(), instructions.creditCompany()),
                addresses.encrypt(recipient.address(), shippingId));
        em.persist(shipment);
        em.flush();
        receipts.report(shipment);
        feeClaims.claim(shipment);
        return new Acceptance(shipment, instructions.returnUrl(), true);
    }

    public Shipment find(String shippingId) {
        return byShippingId(shippingId, LockModeType.NONE);
    }

    /** The shipment, locked for a status change until the transaction ends. */
    public Shipment findForUpdate(String shippingId) {
        return byShippingId(shippingId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Shipment byShippingId(String shippingId, LockModeType lock) {
        if (!TrackingNumbers.isValid(shippingId)) {
            throw ProblemException.invalid("invalid-tracking-number",
                    "a tracking number is AP followed by 13 digits, the last a check digit: check for a typo");
        }
        return em.createNamedQuery(Shipment.BY_SHIPPING_ID, Shipment.class).setParameter("id", shippingId)
                .setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("shipment", "no shipment with tracking number " + shippingId));
    }

    private void lock(PurchaseKey key) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, key.lockNumber()).getSingleResult();
    }

    private Optional<Shipment> byPurchase(PurchaseKey key) {
        return em.createNamedQuery(Shipment.BY_PURCHASE, Shipment.class).setParameter("key", key.hex())
                .getResultStream().findFirst();
    }

    private String newShippingId() {
        String candidate;
        do {
            candidate = TrackingNumbers.next(RANDOM);
        } while (!em.createNamedQuery(Shipment.BY_SHIPPING_ID, Shipment.class).setParameter("id", candidate)
                .getResultList().isEmpty());
        return candidate;
    }
}
