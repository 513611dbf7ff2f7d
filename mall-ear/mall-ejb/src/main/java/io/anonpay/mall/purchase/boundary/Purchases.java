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
import io.anonpay.mall.purchase.control.PurchaseIdentifiers;
import io.anonpay.mall.purchase.control.PurchaseTotals;
import io.anonpay.mall.purchase.entity.Purchase;
import io.anonpay.mall.purchase.entity.RefusedMove;
import io.anonpay.mall.purchase.entity.SealedItem;
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

/** The buyer's side of a purchase: buy, look it up, and get instructions to pay and to ship. */
@Stateless
public class Purchases {

    static final Duration PAYABLE_FOR = Duration.ofHours(24);

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    PurchaseIdentifiers identifiers;

    @Inject
    MallContracts contracts;

    @Inject
    Partners partners;

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
                .orElseThrow(() -> ProblemException.notFound("purchase", "no purchase has this purchase identifier"));
    }

    public IssuedInstructions paymentInstructions(String purchaseId, String creditCompanyId) {
        Purchase purchase = find(purchaseId);
        Instant now = Instant.now();
        if (!purchase.statusAt(now).awaitingPayment()) {
            throw ProblemException.conflict("not-payable", "this purchase is " + purchase.statusAt(now)
                    + " and cannot be paid now");
        }
        Partner company = partners.find(Partner.Role.CREDIT, creditCompanyId).orElseThrow(() ->
                ProblemException.invalid("unknown-credit-company", "the mall does not deal with a credit company '"
                        + creditCompanyId + "'; see GET api/credit-companies"));
        Instant expires = contracts.instructionsExpire(now);
        try {
            purchase.designateCreditCompany(company.id(), now, expires);
        } catch (RefusedMove pending) {
            throw ProblemException.conflict("payment-pending", pending.getMessage());
        }
        String token = contracts.sign(new PaymentInstructions(purchaseId, purchase.sum().toContract(),
                contracts.self(), company.id(), returnUrl(purchaseId), expires));
        return issued(company, token, expires, "pay.html", "api/settlements", purchaseId);
    }

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
        Partner company = partners.find(Partner.Role.SHIPPING, shippingCompanyId).orElseThrow(() ->
                ProblemException.invalid("unknown-shipping-company", "the mall does not deal with a shipping company '"
                        + shippingCompanyId + "'; see GET api/shipping-companies"));
        Instant now = Instant.now();
        purchase.designateShippingCompany(company.id(), now);
        Instant expires = contracts.instructionsExpire(now);
        String token = contracts.sign(new ShippingInstructions(purchaseId, purchase.sum().toContract(),
                new ShippingVolume(purchase.volumeCubicCm()), contracts.self(), company.id(), purchase.settledBy(),
                returnUrl(purchaseId), expires));
        return issued(company, token, expires, "ship.html", "api/shipments", purchaseId);
    }

    private IssuedInstructions issued(Partner company, String token, Instant expires, String page, String api,
                                      String purchaseId) {
        URI pageUri = URI.create(company.resolve(page) + "?instructions=" + encode(token)
                + "&returnUrl=" + encode(returnUrl(purchaseId)));
        return new IssuedInstructions(company.id(), company.name(), token, expires, pageUri, company.resolve(api));
    }

    private String returnUrl(String purchaseId) {
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return base + "purchase.html?purchaseId=" + encode(purchaseId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
