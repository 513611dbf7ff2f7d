package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.common.party.Partner;
import io.anonpay.common.party.Partners;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.catalog.boundary.Catalog;
import io.anonpay.mall.catalog.entity.Product;
import io.anonpay.mall.platform.MallContracts;
import io.anonpay.mall.purchase.control.AwaitingPaymentCap;
import io.anonpay.mall.purchase.control.PurchaseIdentifiers;
import io.anonpay.mall.purchase.control.PurchaseTotals;
import io.anonpay.mall.purchase.control.ShippingFees;
import io.anonpay.mall.purchase.entity.Purchase;
import io.anonpay.mall.purchase.entity.RefusedMove;
import io.anonpay.mall.purchase.entity.SealedItem;
import io.anonpay.mall.purchase.entity.ShippingTerms;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The buyer's side of a purchase: buy, look it up, get instructions to pay (designating the credit and the shipping
 * company, which prices the shipping) and, once paid, to ship with that shipping company.
 */
@Stateless
public class Purchases {

    static final Duration PAYABLE_FOR = Duration.ofHours(24);

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @EJB
    Catalog catalog;

    @Inject
    PurchaseIdentifiers identifiers;

    @Inject
    MallContracts contracts;

    @Inject
    Partners partners;

    @Inject
    ShippingFees fees;

    @EJB
    AwaitingPaymentCap cap;

    @Inject
    @ConfigProperty(name = "anonpay.public.url", defaultValue = "http://127.0.0.1:8080/mall")
    String publicUrl;

    /** @param quantities product id → quantity, each product once */
    public Purchase buy(Map<Long, Integer> quantities) {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        quantities.forEach((id, quantity) -> {
            Product product = catalog.find(id);
            if (!product.active()) {
                throw ProblemException.invalid("product-unavailable", "product " + id + " is no longer sold");
            }
            lines.put(product, quantity);
        });
        var totals = PurchaseTotals.of(lines);
        cap.admit();
        String purchaseId = identifiers.seal(lines.entrySet().stream()
                .map(line -> new SealedItem(line.getKey().name(), line.getValue())).toList());
        // as PostgreSQL keeps it: the answer to the purchase and every later reading of it show the same instant
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Purchase purchase = new Purchase(purchaseId, totals, now, now.plus(PAYABLE_FOR));
        em.persist(purchase);
        return purchase;
    }

    public Purchase find(String purchaseId) {
        return em.createNamedQuery(Purchase.BY_KEY, Purchase.class)
                .setParameter("key", PurchaseKey.of(purchaseId).bytes())
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("purchase", "no purchase has this purchase identifier"
                        + " (a purchase never paid is deleted some time after its payableUntil)"));
    }

    /**
     * Instructions to pay at {@code creditCompanyId}, for a purchase priced for shipping by
     * {@code shippingCompanyId} (claim 6): the buyer designates both before paying, and the fee travels signed with
     * the sum.
     */
    public IssuedInstructions paymentInstructions(String purchaseId, String creditCompanyId, String shippingCompanyId) {
        if (shippingCompanyId == null || shippingCompanyId.isBlank()) {
            throw ProblemException.invalid("shipping-company-required", "name the shipping company that will carry "
                    + "the parcel (\"shippingCompany\", see GET api/shipping-companies) together with the credit "
                    + "company: its fee is paid with the sum");
        }
        Purchase purchase = find(purchaseId);
        Partner credit = partners.find(Partner.Role.CREDIT, creditCompanyId).orElseThrow(() ->
                ProblemException.invalid("unknown-credit-company", "the mall does not deal with a credit company '"
                        + creditCompanyId + "'; see GET api/credit-companies"));
        Partner shipping = shippingCompany(shippingCompanyId);
        Instant now = Instant.now();
        Instant expires = contracts.instructionsExpire(now);
        try {
            purchase.designate(credit.id(), shipping.id(),
                    () -> fees.price(shipping.id(), purchase.sum(), purchase.volumeCubicCm()), now, expires);
        } catch (RefusedMove refused) {
            throw RefusedMoves.problem(refused);
        }
        ShippingTerms terms = purchase.shippingTerms();
        String token = contracts.sign(new PaymentInstructions(purchaseId, purchase.sum().toContract(), shipping.id(),
                new ShippingVolume(purchase.volumeCubicCm()), terms.fee().toContract(), terms.tariffVersion(),
                contracts.self(), credit.id(), returnUrl(purchaseId), expires));
        return issued(credit, shipping, purchase, token, expires, "pay.html", "api/settlements");
    }

    /** Instructions to ship with the designated shipping company a purchase paid with its fee. */
    public IssuedInstructions shippingInstructions(String purchaseId, String shippingCompanyId) {
        Purchase purchase = find(purchaseId);
        if (!purchase.status().paid()) {
            throw ProblemException.conflict("not-paid", "a purchase is shipped once it is paid; it is "
                    + purchase.statusAt(Instant.now()));
        }
        if (!purchase.payment().held() && !purchase.payment().captured()) {
            throw ProblemException.conflict("not-paid", "the payment of this purchase is "
                    + purchase.payment().state() + ": nothing is held for it any more, so it is not shipped");
        }
        if (purchase.shippingId() != null) {
            throw ProblemException.conflict("already-shipping", "this purchase already ships as " + purchase.shippingId());
        }
        Partner company = shippingCompany(shippingCompanyId);
        ShippingTerms terms = purchase.shippingTerms();
        if (terms == null) {
            throw ProblemException.conflict("no-shipping-fee", "this purchase was paid before the mall priced "
                    + "shipping with the payment: no fee is held for a shipping company, so it cannot be shipped "
                    + "through the mall; ask its operator to cancel it");
        }
        if (!terms.shippingCompany().equals(company.id())) {
            throw ProblemException.conflict("shipping-company-designated", "this purchase was paid for shipping by "
                    + terms.shippingCompany() + ", whose fee the credit company holds: it ships with "
                    + terms.shippingCompany() + ", not " + company.id());
        }
        Instant expires = contracts.instructionsExpire(Instant.now());
        String token = contracts.sign(new ShippingInstructions(purchaseId, purchase.sum().toContract(),
                new ShippingVolume(purchase.volumeCubicCm()), terms.fee().toContract(), terms.tariffVersion(),
                contracts.self(), company.id(), purchase.settledBy(), returnUrl(purchaseId), expires));
        return issued(company, company, purchase, token, expires, "ship.html", "api/shipments");
    }

    private Partner shippingCompany(String id) {
        return partners.find(Partner.Role.SHIPPING, id).orElseThrow(() ->
                ProblemException.invalid("unknown-shipping-company", "the mall does not deal with a shipping company '"
                        + id + "'; see GET api/shipping-companies"));
    }

    private IssuedInstructions issued(Partner company, Partner shipping, Purchase purchase, String token,
                                      Instant expires, String page, String api) {
        String purchaseId = purchase.purchaseId();
        URI pageUri = URI.create(company.resolve(page) + "?instructions=" + encode(token)
                + "&returnUrl=" + encode(returnUrl(purchaseId)));
        ShippingTerms terms = purchase.shippingTerms();
        return new IssuedInstructions(company.id(), company.name(), token, expires, pageUri, company.resolve(api),
                new IssuedInstructions.Shipping(shipping.id(), shipping.name(), terms.fee().toContract(),
                        terms.tariffVersion()), purchase.sum().toContract().plus(terms.fee().toContract()));
    }

    private String returnUrl(String purchaseId) {
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return base + "purchase.html?purchaseId=" + encode(purchaseId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
