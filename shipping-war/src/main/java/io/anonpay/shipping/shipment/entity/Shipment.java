package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.contract.FeeClaim;
import io.anonpay.common.contract.ShippingVolume;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A parcel this company has taken on for one purchase. It holds no product and no clear name: the purchase id is
 * opaque, the name is sealed to the credit company, the address is encrypted with this company's own key.
 */
@Entity
@Table(name = "shipment")
@NamedQuery(name = Shipment.BY_PURCHASE, query = "select s from Shipment s where s.purchaseKey = :key")
@NamedQuery(name = Shipment.BY_SHIPPING_ID, query = "select s from Shipment s where s.shippingId = :id")
public class Shipment {

    public static final String BY_PURCHASE = "Shipment.byPurchase";
    public static final String BY_SHIPPING_ID = "Shipment.byShippingId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shipping_id", nullable = false, unique = true, length = 32)
    private String shippingId;

    @Column(name = "purchase_key", nullable = false, unique = true, length = 64)
    private String purchaseKey;

    @Column(name = "purchase_id", nullable = false)
    private String purchaseId;

    @Column(nullable = false)
    private String mall;

    @Column(name = "credit_company", nullable = false)
    private String creditCompany;

    @Column(name = "volume_cubic_cm", nullable = false)
    private long volumeCubicCentimeters;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "declared_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "declared_currency"))
    private Money declaredValue;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "fee_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "fee_currency"))
    private Money fee;

    /** Null only for shipments accepted before tariffs had versions. */
    @Column(name = "tariff_version", length = 17)
    private String tariffVersion;

    @Column(name = "sealed_recipient_name", nullable = false)
    private String sealedRecipientName;

    @Column(name = "address_ciphertext", nullable = false)
    private byte[] addressCiphertext;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrackingStatus status;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected Shipment() {
    }

    /** What the buyer brought, verified: a new shipment, accepted now. */
    public Shipment(ShipmentTerms terms, String sealedRecipientName, byte[] addressCiphertext) {
        this.shippingId = terms.shippingId();
        this.purchaseKey = terms.purchaseKey();
        this.purchaseId = terms.purchaseId();
        this.mall = terms.mall();
        this.creditCompany = terms.creditCompany();
        this.volumeCubicCentimeters = terms.volume().cubicCentimeters();
        this.declaredValue = Money.of(terms.declaredValue());
        this.fee = Money.of(terms.fee());
        this.tariffVersion = terms.tariffVersion();
        this.sealedRecipientName = sealedRecipientName;
        this.addressCiphertext = addressCiphertext.clone();
        this.status = TrackingStatus.ACCEPTED;
        this.createdAt = now();
        this.statusChangedAt = createdAt;
    }

    /**
     * Moves the parcel along. Asking for the status it already has changes nothing (an operator's retry);
     * anything the tracking sequence does not allow is refused.
     *
     * @return whether the status changed (and so must be reported)
     */
    public boolean moveTo(TrackingStatus next) {
        if (next == status) {
            return false;
        }
        if (!status.canMoveTo(next)) {
            throw new InvalidTransitionException(status, next);
        }
        status = next;
        statusChangedAt = now();
        return true;
    }

    public String shippingId() {
        return shippingId;
    }

    public String purchaseId() {
        return purchaseId;
    }

    public String mall() {
        return mall;
    }

    public String creditCompany() {
        return creditCompany;
    }

    public ShippingVolume volume() {
        return new ShippingVolume(volumeCubicCentimeters);
    }

    public io.anonpay.common.contract.Money declaredValue() {
        return declaredValue.toContract();
    }

    public io.anonpay.common.contract.Money fee() {
        return fee.toContract();
    }

    public String tariffVersion() {
        return tariffVersion;
    }

    /**
     * This company's claim of the fee, to the credit company that holds it: the purchase, the fee and the name
     * sealed to that company as the settlement identifier; no address, no tracking number.
     */
    public FeeClaim feeClaim(String shippingCompany) {
        return new FeeClaim(purchaseId, fee(), sealedRecipientName, shippingCompany, creditCompany);
    }

    public TrackingStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** As PostgreSQL keeps it: the answer to a request and every later reading show the same instant. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
