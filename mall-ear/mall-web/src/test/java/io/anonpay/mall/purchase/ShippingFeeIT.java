package io.anonpay.mall.purchase;

import io.anonpay.common.contract.Money;
import io.anonpay.common.contract.PaymentInstructions;
import io.anonpay.common.contract.Queues;
import io.anonpay.common.contract.ShippingInstructions;
import io.anonpay.common.contract.ShippingVolume;
import io.anonpay.it.BrokerClient;
import io.anonpay.it.Http;
import io.anonpay.it.TestParties;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipping fee at the mall, deployed for real (claim 6): the buyer designates the shipping company with the
 * credit company, the mall prices the parcel with that company's signed tariff (the test's shipping company
 * publishes {@link TestParties#TARIFF}), and both instructions carry the fee and the tariff's version.
 */
@ExtendWith(ArquillianExtension.class)
class ShippingFeeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private TestMall shop() {
        return new TestMall(URI.create(base.toString()));
    }

    @Test
    void paymentInstructionsCarryTheFeeOfTheShippingCompanysSignedTariff() {
        String purchaseId = shop().buy(shop().product(700, 40, 30, 20, 2_000), 1).getString("purchaseId");
        Money fee = TestParties.TARIFF.fee(new ShippingVolume(24_000));

        Http.Reply issued = shop().designate(purchaseId, TestParties.CREDIT, TestParties.SHIPPING);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        PaymentInstructions instructions = shop().verifierFor(TestParties.CREDIT)
                .verifyPaymentInstructions(issued.object().getString("instructions"));
        assertThat(instructions.shippingCompany()).isEqualTo(TestParties.SHIPPING);
        assertThat(instructions.shippingVolume()).isEqualTo(new ShippingVolume(24_000));
        assertThat(instructions.shippingFee()).isEqualTo(fee).isEqualTo(new Money(940, "EUR"));
        assertThat(instructions.tariffVersion()).isEqualTo(TestParties.TARIFF.version());
        assertThat(instructions.total()).isEqualTo(new Money(1_640, "EUR"));
        JsonObject shipping = issued.object().getJsonObject("shipping");
        assertThat(shipping.getString("company")).isEqualTo(TestParties.SHIPPING);
        assertThat(amount(shipping, "fee")).isEqualTo(940);
        assertThat(amount(issued.object(), "total")).isEqualTo(1_640);
        JsonObject purchase = shop().purchase(purchaseId);
        assertThat(purchase.getString("shippingCompany")).isEqualTo(TestParties.SHIPPING);
        assertThat(purchase.getString("tariffVersion")).isEqualTo(TestParties.TARIFF.version());
        assertThat(amount(purchase, "shippingFee")).isEqualTo(940);
        assertThat(amount(purchase, "total")).isEqualTo(1_640);
        assertThat(amount(shop().designate(purchaseId, TestParties.CREDIT, TestParties.SHIPPING).object(), "total"))
                .as("the same companies again: the same fee").isEqualTo(1_640);
    }

    @Test
    void theShippingCompanyIsRequiredAndMustBeOneTheMallDealsWith() {
        String purchaseId = shop().buy(shop().product(800, 10, 10, 10, 100), 1).getString("purchaseId");
        String path = "api/purchases/" + TestMall.encode(purchaseId) + "/payment-instructions";

        assertProblem(shop().http().post(path, "{\"company\":\"credit\"}"), 400, "shipping-company-required");
        assertProblem(shop().http().post(path, "{\"company\":\"credit\",\"shippingCompany\":\" \"}"), 400,
                "shipping-company-required");
        assertProblem(form(path, "company=credit"), 400, "shipping-company-required");
        assertProblem(shop().designate(purchaseId, TestParties.CREDIT, "nobody"), 400, "unknown-shipping-company");
        assertThat(shop().http().post(path, "{\"company\":\"credit\"}").object().getString("detail"))
                .contains("shippingCompany").contains("api/shipping-companies");
        JsonObject unchanged = shop().purchase(purchaseId);
        assertThat(unchanged.get("creditCompany")).isIn(null, JsonValue.NULL);
        assertThat(unchanged.get("shippingFee")).isIn(null, JsonValue.NULL);

        Http.Reply inBrowser = form(path, "company=credit&shippingCompany=shipping");
        assertThat(inBrowser.status()).as(inBrowser.toString()).isEqualTo(303);
        assertThat(amount(shop().purchase(purchaseId), "shippingFee")).isEqualTo(500);
    }

    @Test
    void aParcelTheTariffDoesNotCarryOrAPurchaseInAnotherCurrencyIsNotPriced() {
        String tooLarge = shop().buy(shop().product(900, 200, 100, 101, 1_000), 1).getString("purchaseId");
        String inFrancs = shop().buy(shop().product(900, "CHF", 10, 10, 10, 100), 1).getString("purchaseId");

        assertProblem(shop().designate(tooLarge, TestParties.CREDIT, TestParties.SHIPPING), 422,
                "volume-exceeds-tariff");
        assertProblem(shop().designate(inFrancs, TestParties.CREDIT, TestParties.SHIPPING), 422,
                "tariff-currency-mismatch");

        for (String purchaseId : new String[]{tooLarge, inFrancs}) {
            JsonObject unchanged = shop().purchase(purchaseId);
            assertThat(unchanged.get("creditCompany")).isIn(null, JsonValue.NULL);
            assertThat(unchanged.get("shippingCompany")).isIn(null, JsonValue.NULL);
        }
    }

    @Test
    void noOtherShippingCompanyIsDesignatedWhileAPaymentMayBePending() {
        String purchaseId = shop().buy(shop().product(1_000, 10, 10, 10, 100), 1).getString("purchaseId");
        assertThat(shop().designate(purchaseId, TestParties.CREDIT, TestParties.SHIPPING).status()).isEqualTo(200);

        Http.Reply switched = shop().designate(purchaseId, TestParties.CREDIT, TestParties.OTHER_SHIPPING);

        assertProblem(switched, 409, "payment-pending");
        assertThat(switched.object().getString("detail")).contains("another shipping company");
        assertThat(shop().purchase(purchaseId).getString("shippingCompany")).isEqualTo(TestParties.SHIPPING);

        BrokerClient.send(Queues.SETTLEMENT_RESULTS, TestMall.decline(purchaseId, 1_000));
        assertThat(shop().awaitStatus(purchaseId, "PAYMENT_DECLINED").getString("status")).isEqualTo("PAYMENT_DECLINED");
        // no longer pending: the other company is priced anew, and it publishes no tariff the mall could verify
        assertProblem(shop().designate(purchaseId, TestParties.CREDIT, TestParties.OTHER_SHIPPING), 422,
                "tariff-not-verified");
        JsonObject unchanged = shop().purchase(purchaseId);
        assertThat(unchanged.getString("shippingCompany")).isEqualTo(TestParties.SHIPPING);
        assertThat(amount(unchanged, "shippingFee")).isEqualTo(500);
    }

    @Test
    void shippingInstructionsAreOnlyForTheDesignatedShippingCompanyAndCarryItsFee() {
        String purchaseId = shop().paid(1_100);
        String path = "api/purchases/" + TestMall.encode(purchaseId) + "/shipping-instructions";

        Http.Reply elsewhere = shop().http().post(path, "{\"company\":\"" + TestParties.OTHER_SHIPPING + "\"}");

        assertProblem(elsewhere, 409, "shipping-company-designated");
        assertThat(elsewhere.object().getString("detail"))
                .contains("ships with " + TestParties.SHIPPING + ", not " + TestParties.OTHER_SHIPPING);
        Http.Reply issued = shop().http().post(path, "{\"company\":\"" + TestParties.SHIPPING + "\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        ShippingInstructions instructions = shop().verifierFor(TestParties.SHIPPING)
                .verifyShippingInstructions(issued.object().getString("instructions"));
        assertThat(instructions.shippingFee()).isEqualTo(TestParties.TARIFF.fee(new ShippingVolume(1_000)));
        assertThat(instructions.tariffVersion()).isEqualTo(TestParties.TARIFF.version());
        assertThat(instructions.creditCompany()).isEqualTo(TestParties.CREDIT);
    }

    private Http.Reply form(String path, String body) {
        return shop().http().send("POST", path, "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static long amount(JsonObject object, String money) {
        return object.getJsonObject(money).getJsonNumber("amount").longValue();
    }

    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isCompleteProblem()).as(reply.toString()).isTrue();
        assertThat(reply.object().getString("type")).as(reply.toString()).endsWith("/" + type);
    }
}
