package io.anonpay.credit.settlement;

import io.anonpay.common.contract.PaymentRequest.Action;
import io.anonpay.common.contract.PaymentState;
import io.anonpay.common.contract.PaymentUpdate;
import io.anonpay.common.contract.PaymentUpdate.Event;
import io.anonpay.common.contract.PaymentUpdate.Refusal;
import io.anonpay.credit.CreditDeployment;
import io.anonpay.credit.settlement.CreditRows.Funds;
import io.anonpay.credit.settlement.PaymentDesk.Paid;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A hold nobody captures expires: the credit company's timer releases it after {@code credit.authorization.expiry}
 * and tells the mall; the shipping fee held with it goes too. A fee nobody claimed is released at the same time
 * after the goods were captured, and the mall, which does not track the fee, hears nothing of it. Runs in a Failsafe
 * run of its own (credit-war's pom) where the period is two seconds and the company's party id is "credit-two", so
 * that it also shows the request queue following the configured party id.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void shortExpiry() {
        String period = System.getenv("CREDIT_AUTHORIZATION_EXPIRY");
        assumeTrue(period != null, "runs where the pom configures a short authorisation expiry");
        assertThat(Duration.parse(period)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aHoldNotCapturedInTimeIsReleasedWithItsFeeAndTheMallToldOnce() throws Exception {
        PaymentDesk desk = new PaymentDesk(new CreditClient(base));
        Paid paid = desk.paid(10_000, 2_500);

        List<PaymentUpdate> updates = desk.updates(paid, 1);

        assertThat(updates).hasSize(1);
        PaymentUpdate expired = updates.get(0);
        assertThat(expired.event()).isEqualTo(Event.EXPIRED);
        assertThat(expired.requestId()).isNull();
        assertThat(expired.state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(expired.amount().amount()).as("the goods: the mall does not track the fee").isEqualTo(2_500);
        assertThat(expired.captured().amount()).isZero();
        assertThat(expired.creditCompany()).isEqualTo(ActingMall.CREDIT);
        assertThat(CreditRows.funds(paid.card().id())).as("goods and fee released").isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("EXPIRED 0/0");
        assertThat(CreditRows.feeLine(paid.purchaseId())).isEqualTo("RELEASED null");

        PaymentUpdate capture = desk.ask(paid, Action.CAPTURE, 2_500);

        assertThat(capture.event()).isEqualTo(Event.REFUSED);
        assertThat(capture.refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED",
                "FEE_HOLD " + FEE + " APPLIED", "EXPIRY 2500 APPLIED", "FEE_RELEASE " + FEE + " APPLIED",
                "CAPTURE 2500 REFUSED NOT_HELD");
        assertThat(CreditRows.updatesWritten(paid.purchaseId())).as("expired once, refused once").isEqualTo(2);
        CreditRows.assertBooksBalance(paid.card().id(), 10_000);
        JsonObject line = new CreditClient(base).statement(paid.card().number(), paid.card().password()).json()
                .asJsonObject().getJsonArray("settlements").getJsonObject(0);
        assertThat(line.getString("state")).isEqualTo("EXPIRED");
        assertThat(line.getJsonObject("shipping").getString("state")).isEqualTo("RELEASED");
        assertThat(line.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("kind"))
                .containsExactly("HOLD", "FEE_HOLD", "EXPIRY", "FEE_RELEASE");
    }

    @Test
    void aFeeNobodyClaimedIsReleasedAtTheEndOfTheHoldAfterTheGoodsWereCaptured() throws Exception {
        PaymentDesk desk = new PaymentDesk(new CreditClient(base));
        Paid paid = heldLonger(desk);
        assertThat(desk.ask(paid, Action.CAPTURE, 2_500).event()).isEqualTo(Event.CAPTURED);
        Funds captured = CreditRows.funds(paid.card().id());

        CreditRows.update("update settlement set authorized_until = now() where purchase_id = ?", paid.purchaseId());
        Instant deadline = Instant.now().plus(PaymentDesk.PATIENCE);
        while (CreditRows.feeLine(paid.purchaseId()).startsWith("HELD") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(captured).isEqualTo(new Funds(7_500, FEE));
        assertThat(CreditRows.feeLine(paid.purchaseId())).isEqualTo("RELEASED null");
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(7_500, 0));
        assertThat(CreditRows.payment(paid.purchaseId())).as("the goods stay captured").isEqualTo("CAPTURED 2500/0");
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED",
                "FEE_HOLD " + FEE + " APPLIED", "CAPTURE 2500 APPLIED", "FEE_RELEASE " + FEE + " APPLIED");
        assertThat(CreditRows.updatesWritten(paid.purchaseId())).as("the capture only").isOne();
        CreditRows.assertBooksBalance(paid.card().id(), 10_000);
    }

    /**
     * A payment whose hold lasts an hour instead of two seconds, so that the goods can be captured before it
     * expires: the database is told so as soon as the payment is there, and a payment the timer expired first is
     * paid anew.
     */
    private static Paid heldLonger(PaymentDesk desk) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Paid paid = desk.paid(10_000, 2_500);
            if (CreditRows.update("update settlement set authorized_until = now() + interval '1 hour'"
                    + " where purchase_id = ? and state = 'AUTHORIZED'", paid.purchaseId()) == 1) {
                return paid;
            }
        }
        throw new AssertionError("every payment expired before its hold could be made longer");
    }
}
