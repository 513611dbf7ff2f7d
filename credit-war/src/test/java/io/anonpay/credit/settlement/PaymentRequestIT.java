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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.anonpay.credit.settlement.ActingMall.FEE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall's capture, void and refund requests through the broker to the deployed credit company: each moves the
 * money on the card as the payment's state allows, is answered by one signed update on the mall's queue, and
 * applies once however often it arrives. The shipping fee held with the goods stays held through capture and
 * refunds (its shipping company claims it), and goes with the goods when they are voided; the mall's updates speak
 * of the goods only. Each test reads the card and the steps back from the database.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRequestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private PaymentDesk desk() {
        return new PaymentDesk(new CreditClient(base));
    }

    @Test
    void anApprovalHoldsTheSumAndACaptureTurnsTheHoldIntoADebit() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);
        Funds authorised = CreditRows.funds(paid.card().id());

        PaymentUpdate captured = desk.ask(paid, Action.CAPTURE, 2_500);

        assertThat(authorised).as("authorised: goods and fee held, not debited")
                .isEqualTo(new Funds(10_000, 2_500 + FEE));
        assertThat(captured.event()).isEqualTo(Event.CAPTURED);
        assertThat(captured.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(captured.amount().amount()).isEqualTo(2_500);
        assertThat(captured.captured().amount()).isEqualTo(2_500);
        assertThat(captured.refunded().amount()).isZero();
        assertThat(captured.creditCompany()).isEqualTo(ActingMall.CREDIT);
        assertThat(CreditRows.funds(paid.card().id())).as("the fee waits for its claim")
                .isEqualTo(new Funds(7_500, FEE));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("CAPTURED 2500/0");
        assertThat(CreditRows.feeLine(paid.purchaseId())).isEqualTo("HELD null");
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED",
                "FEE_HOLD " + FEE + " APPLIED", "CAPTURE 2500 APPLIED");
        CreditRows.assertBooksBalance(paid.card().id(), 10_000);
    }

    @Test
    void aVoidReleasesTheHoldAndACaptureAfterItIsRefusedAsNotHeld() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);

        PaymentUpdate voided = desk.ask(paid, Action.VOID, 2_500);
        PaymentUpdate capture = desk.ask(paid, Action.CAPTURE, 2_500);

        assertThat(voided.event()).isEqualTo(Event.VOIDED);
        assertThat(voided.state()).isEqualTo(PaymentState.VOIDED);
        assertThat(voided.amount().amount()).as("the mall hears of its goods only").isEqualTo(2_500);
        assertThat(capture.event()).isEqualTo(Event.REFUSED);
        assertThat(capture.refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(capture.state()).isEqualTo(PaymentState.VOIDED);
        assertThat(capture.captured().amount()).isZero();
        assertThat(CreditRows.funds(paid.card().id())).as("goods and fee released")
                .isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("VOIDED 0/0");
        assertThat(CreditRows.feeLine(paid.purchaseId())).isEqualTo("RELEASED null");
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED",
                "FEE_HOLD " + FEE + " APPLIED", "VOID 2500 APPLIED", "FEE_RELEASE " + FEE + " APPLIED",
                "CAPTURE 2500 REFUSED NOT_HELD");
        assertThat(CreditRows.updatesWritten(paid.purchaseId())).as("voided, refused; nothing of the fee").isEqualTo(2);
        CreditRows.assertBooksBalance(paid.card().id(), 10_000);
    }

    @Test
    void aCaptureOfAnotherAmountIsRefusedAndTheHoldStays() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);

        PaymentUpdate capture = desk.ask(paid, Action.CAPTURE, 2_000);

        assertThat(capture.event()).isEqualTo(Event.REFUSED);
        assertThat(capture.refusal()).isEqualTo(Refusal.AMOUNT_MISMATCH);
        assertThat(capture.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 2_500 + FEE));
    }

    @Test
    void refundsGoBackPartlyThenTheRestAndNeverAboveWhatWasCaptured() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);
        desk.ask(paid, Action.CAPTURE, 2_500);

        PaymentUpdate part = desk.ask(paid, Action.REFUND, 1_000);
        Funds afterPart = CreditRows.funds(paid.card().id());
        PaymentUpdate tooMuch = desk.ask(paid, Action.REFUND, 1_501);
        Funds afterRefusal = CreditRows.funds(paid.card().id());
        PaymentUpdate rest = desk.ask(paid, Action.REFUND, 1_500);

        assertThat(part.event()).isEqualTo(Event.REFUNDED);
        assertThat(part.state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        assertThat(part.refunded().amount()).isEqualTo(1_000);
        assertThat(afterPart).as("refunds are of goods: the fee stays held").isEqualTo(new Funds(8_500, FEE));
        assertThat(tooMuch.event()).isEqualTo(Event.REFUSED);
        assertThat(tooMuch.refusal()).isEqualTo(Refusal.EXCEEDS_CAPTURED);
        assertThat(tooMuch.amount().amount()).as("what was asked").isEqualTo(1_501);
        assertThat(tooMuch.refunded().amount()).isEqualTo(1_000);
        assertThat(afterRefusal).as("a refusal changes nothing").isEqualTo(afterPart);
        assertThat(rest.event()).isEqualTo(Event.REFUNDED);
        assertThat(rest.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(rest.captured().amount()).isEqualTo(2_500);
        assertThat(rest.refunded().amount()).isEqualTo(2_500);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, FEE));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("REFUNDED 2500/2500");
        CreditRows.assertBooksBalance(paid.card().id(), 10_000);

        JsonObject line = new CreditClient(base).statement(paid.card().number(), paid.card().password()).json()
                .asJsonObject().getJsonArray("settlements").getJsonObject(0);
        assertThat(line.getString("state")).isEqualTo("REFUNDED");
        assertThat(line.getJsonObject("refunded").getJsonNumber("amount").longValue()).isEqualTo(2_500);
        assertThat(line.getJsonArray("steps").getValuesAs(JsonObject.class))
                .as("applied steps, oldest first; the refused refund is left out")
                .extracting(step -> step.getString("kind") + " "
                        + step.getJsonObject("amount").getJsonNumber("amount").longValue())
                .containsExactly("HOLD 2500", "FEE_HOLD " + FEE, "CAPTURE 2500", "REFUND 1000", "REFUND 1500");
        assertThat(line.toString()).doesNotContain("Teapot");
    }

    @Test
    void aRefundBeforeTheCaptureIsRefusedAsNotCaptured() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);

        PaymentUpdate refund = desk.ask(paid, Action.REFUND, 100);

        assertThat(refund.refusal()).isEqualTo(Refusal.NOT_CAPTURED);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 2_500 + FEE));
    }

    @Test
    void theSameRequestArrivingManyTimesAtOnceAppliesOnceAndIsAnsweredOnce() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);
        String capture = ActingMall.request(ActingMall.requestId(), paid.purchaseId(), Action.CAPTURE, 2_500);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            for (int copy = 0; copy < 8; copy++) {
                senders.submit(() -> CreditQueue.REQUESTS.send(capture));
            }
        } finally {
            senders.shutdown();
            assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        List<PaymentUpdate> updates = desk.updates(paid, 1);
        CreditQueue.REQUESTS.awaitConsumed(PaymentDesk.PATIENCE);
        CreditQueue.REQUESTS.send(capture);
        CreditQueue.REQUESTS.awaitConsumed(PaymentDesk.PATIENCE);

        assertThat(updates).extracting(PaymentUpdate::event).containsExactly(Event.CAPTURED);
        assertThat(CreditRows.updatesWritten(paid.purchaseId())).as("one answer for all nine copies").isOne();
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED",
                "FEE_HOLD " + FEE + " APPLIED", "CAPTURE 2500 APPLIED");
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(7_500, FEE));
        assertThat(CreditQueue.REQUESTS.deadLetter(capture, Duration.ZERO)).as("a repeat is no error").isEmpty();
    }
}
