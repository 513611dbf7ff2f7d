package io.anonpay.mall.purchase.entity;

import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.ShipmentStatus;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.RequestedBy;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * One purchase, known by its sealed identifier. It holds the totals the mall computed and what the credit and
 * shipping companies reported — never anything about the buyer — and follows a report only where its rules allow
 * ({@link PurchaseStatus#allowedMoves()}): applied once, a decline never undoes a payment, a shipment only moves
 * forward, and only the designated credit and shipping companies report. The buyer designates both before paying,
 * and the shipping fee is fixed then ({@link ShippingTerms}). While a payment at the designated credit company may
 * be pending, no other company of either kind is designated: the buyer could otherwise pay twice, or pay a fee for
 * another shipping company than the one that ships.
 * <p>
 * It also decides what the mall asks the credit company that holds its money ({@link PaymentRequestEntry}): a
 * capture when the parcel is accepted, a void when it is cancelled before it ships or when another company approved
 * it, refunds when the operator asks or the parcel comes back; and it mirrors that company's answers
 * ({@link Payment}). The caller sends what each step returns.
 */
@Entity
@Table(name = "purchase")
@NamedQuery(name = Purchase.BY_KEY, query = "select p from Purchase p where p.purchaseKey = :key")
@NamedQuery(name = Purchase.BY_STATUS_AND_PAYMENT, query = "select p from Purchase p where p.status in :statuses"
        + " and p.payment.state in :paymentStates order by p.updatedAt")
public class Purchase {

    public static final String BY_KEY = "Purchase.byKey";
    public static final String BY_STATUS_AND_PAYMENT = "Purchase.byStatusAndPayment";

    /**
     * How long after its payment instructions expire a result may still be on its way from the credit company (its
     * outbox holds it through a broker outage); until then a payment there may be pending.
     */
    public static final Duration RESULTS_IN_FLIGHT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_key", nullable = false, unique = true)
    private byte[] purchaseKey;

    @Column(name = "purchase_id", nullable = false, length = 6000)
    private String purchaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PurchaseStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "sum_amount", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "sum_currency", nullable = false, length = 3))
    private Money sum;

    @Column(name = "volume_cubic_cm", nullable = false)
    private long volumeCubicCm;

    @Column(name = "weight_grams", nullable = false)
    private long weightGrams;

    @Column(name = "dimensional_weight_grams", nullable = false)
    private long dimensionalWeightGrams;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "credit_company", length = 64)
    private String creditCompany;

    /** Until when a payment at the designated credit company may be pending; null once it declined. */
    @Column(name = "payment_pending_until")
    private Instant paymentPendingUntil;

    @Column(name = "settled_by", length = 64)
    private String settledBy;

    @Column(name = "settlement_id", length = 6000)
    private String settlementId;

    @Column(name = "decline_reason", length = 32)
    private String declineReason;

    @Column(name = "shipping_company", length = 64)
    private String shippingCompany;

    @Column(name = "shipping_id", length = 64)
    private String shippingId;

    /** The fee fixed for {@link #shippingCompany}, in the sum's currency; null until the purchase is priced. */
    @Column(name = "shipping_fee_amount")
    private Long shippingFeeAmount;

    /** The version of the shipping company's tariff the fee came from; null until the purchase is priced. */
    @Column(name = "tariff_version", length = 17)
    private String tariffVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "payable_until", nullable = false)
    private Instant payableUntil;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private Payment payment = Payment.none();

    /** A returned parcel's refund waits for the credit company to confirm the capture it would undo. */
    @Column(name = "refund_awaits_capture", nullable = false)
    private boolean refundAwaitsCapture;

    @OneToMany(mappedBy = "purchase")
    @OrderBy("id")
    private List<PaymentRequestEntry> requests = new ArrayList<>();

    @Version
    private long version;

    protected Purchase() {
    }

    public Purchase(String purchaseId, Totals totals, Instant now, Instant payableUntil) {
        this.purchaseKey = PurchaseKey.of(purchaseId).bytes();
        this.purchaseId = purchaseId;
        this.status = PurchaseStatus.AWAITING_PAYMENT;
        this.sum = new Money(totals.sumAmount(), totals.currency());
        this.volumeCubicCm = totals.volumeCubicCm();
        this.weightGrams = totals.weightGrams();
        this.dimensionalWeightGrams = totals.dimensionalWeightGrams();
        this.itemCount = totals.itemCount();
        this.createdAt = now;
        this.payableUntil = payableUntil;
        this.updatedAt = now;
    }

    /** The status the buyer sees now: an unpaid purchase past its payment window has expired. */
    public PurchaseStatus statusAt(Instant now) {
        return status.awaitingPayment() && now.isAfter(payableUntil) ? PurchaseStatus.EXPIRED : status;
    }

    /**
     * The buyer designates the credit company that instructions valid until {@code instructionsExpire} send them to,
     * and the shipping company that will carry the parcel. The fee is fixed the first time the purchase is priced
     * for a shipping company ({@code pricing} is asked then, and only then): a tariff published later changes nothing
     * for it. The same companies again are always allowed; another one of either kind only once a payment at the
     * designated credit company can no longer be pending (it declined, or its last instructions expired
     * {@link #RESULTS_IN_FLIGHT} ago), since that payment holds the sum and the fee as they were.
     */
    public void designate(String creditCompany, String shippingCompany, Supplier<ShippingTerms> pricing, Instant now,
                          Instant instructionsExpire) {
        if (!statusAt(now).awaitingPayment()) {
            throw new RefusedMove(RefusedMove.Rule.NOT_PAYABLE, "this purchase is " + statusAt(now)
                    + " and cannot be paid now");
        }
        boolean anotherCredit = this.creditCompany != null && !this.creditCompany.equals(creditCompany);
        boolean anotherShipping = this.shippingCompany != null && !this.shippingCompany.equals(shippingCompany);
        if ((anotherCredit || anotherShipping) && paymentMayBePending(now)) {
            throw new RefusedMove(RefusedMove.Rule.PAYMENT_PENDING, "a payment at " + this.creditCompany
                    + " may still be pending for " + shortId(purchaseId) + ", with shipping by " + this.shippingCompany
                    + ": another " + (anotherCredit ? "credit" : "shipping") + " company can be chosen once it "
                    + "declines, or from " + paymentPendingUntil);
        }
        if (anotherShipping || shippingFeeAmount == null) {
            price(shippingCompany, pricing.get());
        }
        this.creditCompany = creditCompany;
        this.paymentPendingUntil = instructionsExpire.plus(RESULTS_IN_FLIGHT);
        this.updatedAt = now;
    }

    private void price(String shippingCompany, ShippingTerms terms) {
        if (!terms.shippingCompany().equals(shippingCompany) || !terms.fee().currency().equals(sum.currency())) {
            throw new IllegalArgumentException("terms of " + terms.shippingCompany() + " in " + terms.fee().currency()
                    + " do not price shipping by " + shippingCompany + " in " + sum.currency());
        }
        this.shippingCompany = shippingCompany;
        this.shippingFeeAmount = terms.fee().amount();
        this.tariffVersion = terms.tariffVersion();
    }

    private boolean paymentMayBePending(Instant now) {
        return status.awaitingPayment() && paymentPendingUntil != null && now.isBefore(paymentPendingUntil);
    }

    /** The fee fixed for the designated shipping company; null until the purchase is priced. */
    public ShippingTerms shippingTerms() {
        return shippingFeeAmount == null ? null
                : new ShippingTerms(shippingCompany, new Money(shippingFeeAmount, sum.currency()), tariffVersion);
    }

    /**
     * The credit company approved the payment: it holds the sum on the card. The same approval again changes nothing.
     * One from a company not designated means the buyer's money is held where the purchase is not paid: the mall
     * voids it there, once. One from the designated company after a cancellation is recorded and voided. A second
     * one from the designated company, after a first, is refused: a credit company settles a purchase once.
     *
     * @return what the mall must ask a credit company now
     */
    public List<PaymentRequestEntry> approve(String creditCompany, String settlementId, Instant now) {
        if (settlementId.equals(this.settlementId) && creditCompany.equals(settledBy)) {
            return List.of();
        }
        if (!creditCompany.equals(this.creditCompany)) {
            boolean voided = requests.stream().anyMatch(r -> r.action() == Action.VOID
                    && r.requestedBy() == RequestedBy.AUTOMATIC && r.creditCompany().equals(creditCompany));
            return voided ? List.of() : List.of(request(creditCompany, Action.VOID, sum, null, RequestedBy.AUTOMATIC, now));
        }
        if (this.settlementId != null) {
            throw new RefusedMove("a second approval for the paid purchase " + shortId(purchaseId) + " by "
                    + creditCompany + ": the buyer was charged twice and must be refunded");
        }
        if (status != PurchaseStatus.CANCELLED) {
            moveTo(PurchaseStatus.PAID, now);
        }
        this.settledBy = creditCompany;
        this.settlementId = settlementId;
        this.declineReason = null;
        payment.authorize();
        return status == PurchaseStatus.CANCELLED
                ? List.of(request(creditCompany, Action.VOID, sum, null, RequestedBy.AUTOMATIC, now)) : List.of();
    }

    /**
     * The designated credit company declined the payment: the buyer may try again, there or at another company.
     * After a payment or a cancellation it changes nothing, and so does a decline from a company no longer
     * designated.
     */
    public boolean decline(String creditCompany, String reason, Instant now) {
        if (!status.awaitingPayment() || !creditCompany.equals(this.creditCompany)) {
            return false;
        }
        moveTo(PurchaseStatus.PAYMENT_DECLINED, now);
        this.settledBy = creditCompany;
        this.declineReason = reason;
        this.paymentPendingUntil = null;
        return true;
    }

    /**
     * The designated shipping company reports its shipment of the paid purchase. Receipts may arrive out of
     * order: one that would move the purchase back changes nothing. The first one applied, whatever status it
     * reports, means the parcel was accepted: the mall captures the held sum, then and only then. A returned parcel
     * is refunded in full ({@code refundOnReturn}), once the capture is confirmed.
     *
     * @return what the mall must ask the credit company now
     */
    public List<PaymentRequestEntry> ship(String company, String shippingId, ShipmentStatus shipment,
                                          boolean refundOnReturn, Instant now) {
        if (status == PurchaseStatus.CANCELLED) {
            throw new RefusedMove("shipping receipt for the cancelled purchase " + shortId(purchaseId));
        }
        if (!status.paid()) {
            throw new RefusedMove("shipping receipt for the unpaid purchase " + shortId(purchaseId));
        }
        if (!company.equals(shippingCompany)) {
            throw new RefusedMove("shipping receipt from " + company + ", which was not designated for "
                    + shortId(purchaseId));
        }
        if (this.shippingId != null && !this.shippingId.equals(shippingId)) {
            throw new RefusedMove("a second shipment " + shippingId + " for " + shortId(purchaseId));
        }
        PurchaseStatus reported = PurchaseStatus.of(shipment);
        if (!status.mayMoveTo(reported)) {
            return List.of();
        }
        boolean firstReceipt = !status.shipped();
        this.shippingId = shippingId;
        moveTo(reported, now);
        List<PaymentRequestEntry> asked = new ArrayList<>();
        if (firstReceipt && payment.held()) {
            asked.add(request(settledBy, Action.CAPTURE, sum, null, RequestedBy.AUTOMATIC, now));
        }
        if (reported == PurchaseStatus.RETURNED && refundOnReturn) {
            if (payment.captured()) {
                asked.addAll(refundWhatRemains(now));
            } else if (captureInFlight()) {
                refundAwaitsCapture = true;
            }
        }
        return asked;
    }

    /**
     * The buyer or the operator cancels the purchase before it ships. Unpaid, it just ends (an approval that comes
     * later is voided); paid, the held sum is voided. Cancelled already, nothing changes; shipped, it is refused.
     *
     * @return what the mall must ask the credit company now
     */
    public List<PaymentRequestEntry> cancel(RequestedBy who, Instant now) {
        if (status == PurchaseStatus.CANCELLED) {
            return List.of();
        }
        if (status.shipped()) {
            throw new RefusedMove(RefusedMove.Rule.ALREADY_SHIPPED, "the purchase " + shortId(purchaseId)
                    + " is " + status + ": it is no longer cancelled once a shipping company took the parcel");
        }
        moveTo(PurchaseStatus.CANCELLED, now);
        if (payment.held()) {
            return List.of(request(settledBy, Action.VOID, sum, null, who, now));
        }
        return payment.captured() ? refundWhatRemains(now) : List.of();
    }

    /**
     * The operator gives back part or all of what remains captured: in the purchase's currency, more than zero, at
     * most what was captured less what went back or is on its way back. The reason stays at the mall.
     *
     * @return the refund the mall must ask for
     */
    public PaymentRequestEntry refund(Money amount, String reason, Instant now) {
        if (!amount.currency().equals(sum.currency())) {
            throw new RefusedMove(RefusedMove.Rule.OTHER_CURRENCY, "this purchase was paid in " + sum.currency()
                    + "; a refund is in the same currency, not " + amount.currency());
        }
        if (amount.amount() <= 0) {
            throw new RefusedMove(RefusedMove.Rule.NOT_POSITIVE, "a refund is of more than zero");
        }
        if (!payment.captured()) {
            throw new RefusedMove(RefusedMove.Rule.NOT_CAPTURED, "nothing of " + shortId(purchaseId)
                    + " is captured" + (captureInFlight() ? " yet: the credit company has not confirmed the capture"
                    : ": its payment is " + (payment.exists() ? payment.state() : "not approved")));
        }
        long refundable = refundable();
        if (amount.amount() > refundable) {
            throw new RefusedMove(RefusedMove.Rule.REFUND_EXCEEDS_CAPTURED, "at most " + refundable + " "
                    + sum.currency() + " (minor units) of " + shortId(purchaseId) + " can still be refunded");
        }
        return request(settledBy, Action.REFUND, amount, reason, RequestedBy.OPERATOR, now);
    }

    /**
     * A credit company's update on a request of the mall's, or on the payment's expiry. It answers the request it
     * names, from the company that request went to. It moves the mirrored payment forward only when it is about
     * the approval this purchase took; a confirmed capture releases the refund of a returned parcel.
     *
     * @return what the mall must ask the credit company now
     */
    public List<PaymentRequestEntry> follow(PaymentUpdate update, Instant now) {
        String company = update.creditCompany();
        PaymentRequestEntry asked = update.requestId() == null ? null : answeredBy(update);
        if (asked == null && !company.equals(paidBy())
                && requests.stream().noneMatch(r -> r.creditCompany().equals(company))) {
            throw new RefusedMove("an expiry from " + company + ", which holds no payment of " + shortId(purchaseId));
        }
        boolean ownPayment = company.equals(paidBy());
        if (ownPayment) {
            requireTotalsWithinTheSum(update);
        }
        if (asked != null) {
            asked.answer(update, now);
        }
        if (company.equals(creditCompany) && (update.event() == PaymentUpdate.Event.VOIDED
                || update.event() == PaymentUpdate.Event.EXPIRED)) {
            paymentPendingUntil = null;
        }
        if (!ownPayment) {
            return List.of();
        }
        payment.mirror(update.state(), update.captured().amount(), update.refunded().amount());
        if (refundAwaitsCapture && payment.captured()) {
            refundAwaitsCapture = false;
            return refundWhatRemains(now);
        }
        if (payment.released()) {
            refundAwaitsCapture = false;
        }
        return List.of();
    }

    /** The request an update answers, if the update may answer it. */
    private PaymentRequestEntry answeredBy(PaymentUpdate update) {
        PaymentRequestEntry asked = requests.stream().filter(r -> r.requestId().equals(update.requestId()))
                .findFirst().orElseThrow(() -> new RefusedMove("no request " + update.requestId() + " for "
                        + shortId(purchaseId)));
        if (!asked.creditCompany().equals(update.creditCompany())) {
            throw new RefusedMove("an update from " + update.creditCompany() + " on request " + update.requestId()
                    + ", which went to " + asked.creditCompany());
        }
        if (update.event() != PaymentUpdate.Event.REFUSED && update.event() != asked.appliedAs()) {
            throw new RefusedMove("a " + update.event() + " update answers the " + asked.action() + " request "
                    + update.requestId());
        }
        if (!update.amount().equals(asked.amount().toContract())) {
            throw new RefusedMove("the update on request " + update.requestId() + " names another amount");
        }
        return asked;
    }

    private void requireTotalsWithinTheSum(PaymentUpdate update) {
        String currency = sum.currency();
        long captured = update.captured().amount();
        if (!update.captured().currency().equals(currency) || !update.refunded().currency().equals(currency)
                || captured > sum.amount() || update.refunded().amount() > captured) {
            throw new RefusedMove("an update on " + shortId(purchaseId) + " with totals that do not fit its sum");
        }
    }

    /** A refund of all that remains captured, net of refunds on their way; nothing when nothing remains. */
    private List<PaymentRequestEntry> refundWhatRemains(Instant now) {
        long refundable = refundable();
        return refundable <= 0 ? List.of() : List.of(request(settledBy, Action.REFUND,
                new Money(refundable, sum.currency()), null, RequestedBy.AUTOMATIC, now));
    }

    /** What was captured less what went back and what is on its way back. */
    private long refundable() {
        long inFlight = requests.stream().filter(r -> r.action() == Action.REFUND && r.inFlight()
                && r.creditCompany().equals(settledBy)).mapToLong(r -> r.amount().amount()).sum();
        return payment.capturedAmount() - payment.refundedAmount() - inFlight;
    }

    private boolean captureInFlight() {
        return requests.stream().anyMatch(r -> r.action() == Action.CAPTURE && r.inFlight());
    }

    /** The company whose approval this purchase took, or null. */
    private String paidBy() {
        return settlementId != null ? settledBy : null;
    }

    private PaymentRequestEntry request(String company, Action action, Money amount, String reason, RequestedBy who,
                                        Instant now) {
        PaymentRequestEntry entry = new PaymentRequestEntry(this, company, action, amount, reason, who, now);
        requests.add(entry);
        return entry;
    }

    private void moveTo(PurchaseStatus next, Instant now) {
        if (!status.mayMoveTo(next)) {
            throw new RefusedMove("a purchase does not move from " + status + " to " + next);
        }
        this.status = next;
        this.updatedAt = now;
    }

    /** Enough of an opaque identifier to find it in the operator's tools, not a whole one in every log line. */
    public static String shortId(String purchaseId) {
        return purchaseId.length() <= 24 ? purchaseId : purchaseId.substring(0, 24) + "…";
    }

    public String purchaseId() { return purchaseId; }
    public PurchaseStatus status() { return status; }
    public Money sum() { return sum; }
    public long volumeCubicCm() { return volumeCubicCm; }
    public long weightGrams() { return weightGrams; }
    public long dimensionalWeightGrams() { return dimensionalWeightGrams; }
    public int itemCount() { return itemCount; }
    public String creditCompany() { return creditCompany; }
    public Instant paymentPendingUntil() { return paymentPendingUntil; }
    public String settledBy() { return settledBy; }
    public String settlementId() { return settlementId; }
    public String declineReason() { return declineReason; }
    public String shippingCompany() { return shippingCompany; }
    public String shippingId() { return shippingId; }
    public Instant createdAt() { return createdAt; }
    public Instant payableUntil() { return payableUntil; }
    public Instant updatedAt() { return updatedAt; }
    public Payment payment() { return payment; }
    public boolean refundAwaitsCapture() { return refundAwaitsCapture; }
    /** Every request the mall made about this purchase's payment, the oldest first. */
    public List<PaymentRequestEntry> requests() { return Collections.unmodifiableList(requests); }
}
