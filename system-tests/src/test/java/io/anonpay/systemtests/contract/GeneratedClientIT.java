package io.anonpay.systemtests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anonpay.contract.GeneratedClients;
import io.anonpay.contract.ServedContracts;
import io.anonpay.contract.credit.api.CardsApi;
import io.anonpay.contract.credit.api.PaymentSessionsApi;
import io.anonpay.contract.credit.api.SettlementsApi;
import io.anonpay.contract.credit.api.StatementsApi;
import io.anonpay.contract.credit.model.CardIssueRequest;
import io.anonpay.contract.credit.model.CardLimit;
import io.anonpay.contract.credit.model.IssuedCard;
import io.anonpay.contract.credit.model.OpenedSession;
import io.anonpay.contract.credit.model.Outcome;
import io.anonpay.contract.credit.model.PaymentSessionRequest;
import io.anonpay.contract.credit.model.SettlementRequest;
import io.anonpay.contract.credit.model.SettlementResponse;
import io.anonpay.contract.credit.model.Statement;
import io.anonpay.contract.credit.model.StatementLine;
import io.anonpay.contract.credit.model.StatementRequest;
import io.anonpay.contract.mall.api.CompaniesApi;
import io.anonpay.contract.mall.api.ProductsApi;
import io.anonpay.contract.mall.api.PurchasesApi;
import io.anonpay.contract.mall.model.Company;
import io.anonpay.contract.mall.model.DesignationRequest;
import io.anonpay.contract.mall.model.IssuedInstructions;
import io.anonpay.contract.mall.model.ProductView;
import io.anonpay.contract.mall.model.PurchaseItem;
import io.anonpay.contract.mall.model.PurchaseRequest;
import io.anonpay.contract.mall.model.PurchaseStatus;
import io.anonpay.contract.mall.model.PurchaseView;
import io.anonpay.contract.shipping.api.ShipmentsApi;
import io.anonpay.contract.shipping.model.AcceptedShipment;
import io.anonpay.contract.shipping.model.Recipient;
import io.anonpay.contract.shipping.model.ShipmentRequest;
import io.anonpay.contract.shipping.model.ShipmentView;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.RunningSystem;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client developer's first purchase: clients generated from the three servers' served OpenAPI documents, and
 * nothing hand-written, buy, designate, pay (with the card's password, then within a payment session), wait for the
 * mall to apply the settlement, ship, track and read the statement. Every reply is held to its document on the way
 * (ServedContracts); the test ends by making sure that check ran for each server.
 */
@ExtendWith(RunningSystem.class)
class GeneratedClientIT {

    private static final String PASSWORD = "generated client password";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void buyPayShipTrackAndReadTheStatementWithGeneratedClientsOnly(AnonpaySystem system) throws Exception {
        var mall = GeneratedClients.mall(URI.create(system.baseUrl(Server.MALL)));
        var credit = GeneratedClients.credit(URI.create(system.baseUrl(Server.CREDIT)));
        var shipping = GeneratedClients.shipping(URI.create(system.baseUrl(Server.SHIPPING)));
        var creditOperator = GeneratedClients.credit(URI.create(system.baseUrl(Server.CREDIT)));
        creditOperator.setUsername(system.operator().user());
        creditOperator.setPassword(system.operator().password());

        IssuedCard card = new CardsApi(creditOperator).issueCard(new CardIssueRequest()
                .customerName("Gen Client Holder").password(PASSWORD)
                .limit(new CardLimit().amount(500_000L).currency("EUR")));
        ProductView product = new ProductsApi(mall).listProducts().get(0);
        List<Company> creditCompanies = new CompaniesApi(mall).listCreditCompanies();
        List<Company> shippingCompanies = new CompaniesApi(mall).listShippingCompanies();
        assertThat(creditCompanies).extracting(Company::getId).contains("credit");
        assertThat(shippingCompanies).extracting(Company::getId).contains("shipping");

        // with the card's password
        PurchaseView first = buy(mall, product);
        IssuedInstructions payment = designate(mall, first);
        assertThat(payment.getTotal().getAmount())
                .isEqualTo(first.getPaymentSum().getAmount() + payment.getShipping().getFee().getAmount());
        SettlementResponse paid = new SettlementsApi(credit).createSettlement(new SettlementRequest()
                .instructions(payment.getInstructions()).cardNumber(card.getCardNumber()).password(PASSWORD));
        assertThat(paid.getOutcome()).isEqualTo(Outcome.APPROVED);
        assertThat(paid.getPurchaseId()).isEqualTo(first.getPurchaseId());

        // within a payment session: one password check for the second purchase
        OpenedSession session = new PaymentSessionsApi(credit).openPaymentSession(new PaymentSessionRequest()
                .cardNumber(card.getCardNumber()).password(PASSWORD));
        PurchaseView second = buy(mall, product);
        SettlementResponse paidInSession = new SettlementsApi(credit).createSettlement(new SettlementRequest()
                .instructions(designate(mall, second).getInstructions()).sessionToken(session.getSessionToken()));
        assertThat(paidInSession.getOutcome()).isEqualTo(Outcome.APPROVED);

        // the mall applies the settlements it received by JMS
        PurchaseView firstPaid = await(mall, first.getPurchaseId(), p -> p.getStatus() == PurchaseStatus.PAID);
        await(mall, second.getPurchaseId(), p -> p.getStatus() == PurchaseStatus.PAID);
        assertThat(firstPaid.getSettlementId()).isNotBlank();

        // shipping with the designated company, then tracking
        IssuedInstructions shippingInstructions = new PurchasesApi(mall).requestShippingInstructions(
                first.getPurchaseId(), new DesignationRequest().company("shipping"));
        AcceptedShipment shipment = new ShipmentsApi(shipping).createShipment(new ShipmentRequest()
                .instructions(shippingInstructions.getInstructions())
                .recipient(new Recipient().name("Gen Client Holder").street("Generatorweg 7").postalCode("10115")
                        .city("Berlin").country("DE")));
        ShipmentView tracked = new ShipmentsApi(shipping).getShipment(shipment.getShippingId());
        assertThat(tracked.getShippingId()).isEqualTo(shipment.getShippingId());
        PurchaseView shipped = await(mall, first.getPurchaseId(), p -> shipment.getShippingId().equals(p.getShippingId()));
        assertThat(shipped.getShippingId()).isEqualTo(shipment.getShippingId());

        // the cardholder's statement: both payments, and nothing of what was bought
        Statement statement = new StatementsApi(credit).getStatement(new StatementRequest()
                .cardNumber(card.getCardNumber()).password(PASSWORD));
        assertThat(statement.getSettlements()).extracting(StatementLine::getPurchaseId)
                .contains(first.getPurchaseId(), second.getPurchaseId());

        // a refusal is a problem the generated client reports with its status
        assertThatThrownBy(() -> new SettlementsApi(credit).createSettlement(new SettlementRequest()
                .instructions("not instructions").cardNumber(card.getCardNumber()).password(PASSWORD)))
                .isInstanceOf(io.anonpay.contract.credit.client.ApiException.class)
                .extracting(e -> ((io.anonpay.contract.credit.client.ApiException) e).getCode()).isEqualTo(400);

        assertThat(ServedContracts.checkedApplications()).as("without a document: %s",
                ServedContracts.applicationsWithoutDocument()).extracting(URI::getPath)
                .contains("/mall", "/credit", "/shipping");
    }

    private static PurchaseView buy(io.anonpay.contract.mall.client.ApiClient mall, ProductView product)
            throws Exception {
        return new PurchasesApi(mall).createPurchase(new PurchaseRequest()
                .items(List.of(new PurchaseItem().productId(product.getId()).quantity(1))));
    }

    private static IssuedInstructions designate(io.anonpay.contract.mall.client.ApiClient mall, PurchaseView purchase)
            throws Exception {
        return new PurchasesApi(mall).requestPaymentInstructions(purchase.getPurchaseId(),
                new DesignationRequest().company("credit").shippingCompany("shipping"));
    }

    private static PurchaseView await(io.anonpay.contract.mall.client.ApiClient mall, String purchaseId,
            Predicate<PurchaseView> until) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        PurchaseView purchase = new PurchasesApi(mall).getPurchase(purchaseId);
        while (!until.test(purchase) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            purchase = new PurchasesApi(mall).getPurchase(purchaseId);
        }
        assertThat(until).as("purchase %s as the mall last showed it: %s", purchaseId, purchase).accepts(purchase);
        return purchase;
    }
}
