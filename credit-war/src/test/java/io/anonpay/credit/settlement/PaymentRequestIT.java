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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall's capture, void and refund requests through the broker to the deployed credit company: each moves the
 * money on the card as the payment's state allows, is answered by one signed update on the mall's queue, and
 * applies once however often it arrives. Each test reads the card and the steps back from the database.
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

        assertThat(authorised).as("authorised: held, not debited").isEqualTo(new Funds(10_000, 2_500));
        assertThat(captured.event()).isEqualTo(Event.CAPTURED);
        assertThat(captured.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(captured.amount().amount()).isEqualTo(2_500);
        assertThat(captured.captured().amount()).isEqualTo(2_500);
        assertThat(captured.refunded().amount()).isZero();
        assertThat(captured.creditCompany()).isEqualTo(ActingMall.CREDIT);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(7_500, 0));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("CAPTURED 2500/0");
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED", "CAPTURE 2500 APPLIED");
    }

    @Test
    void aVoidReleasesTheHoldAndACaptureAfterItIsRefusedAsNotHeld() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);

        PaymentUpdate voided = desk.ask(paid, Action.VOID, 2_500);
        PaymentUpdate capture = desk.ask(paid, Action.CAPTURE, 2_500);

        assertThat(voided.event()).isEqualTo(Event.VOIDED);
        assertThat(voided.state()).isEqualTo(PaymentState.VOIDED);
        assertThat(capture.event()).isEqualTo(Event.REFUSED);
        assertThat(capture.refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(capture.state()).isEqualTo(PaymentState.VOIDED);
        assertThat(capture.captured().amount()).isZero();
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("VOIDED 0/0");
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED", "VOID 2500 APPLIED",
                "CAPTURE 2500 REFUSED NOT_HELD");
    }

    @Test
    void aCaptureOfAnotherAmountIsRefusedAndTheHoldStays() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);

        PaymentUpdate capture = desk.ask(paid, Action.CAPTURE, 2_000);

        assertThat(capture.event()).isEqualTo(Event.REFUSED);
        assertThat(capture.refusal()).isEqualTo(Refusal.AMOUNT_MISMATCH);
        assertThat(capture.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 2_500));
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
        assertThat(afterPart).isEqualTo(new Funds(8_500, 0));
        assertThat(tooMuch.event()).isEqualTo(Event.REFUSED);
        assertThat(tooMuch.refusal()).isEqualTo(Refusal.EXCEEDS_CAPTURED);
        assertThat(tooMuch.amount().amount()).as("what was asked").isEqualTo(1_501);
        assertThat(tooMuch.refunded().amount()).isEqualTo(1_000);
        assertThat(afterRefusal).as("a refusal changes nothing").isEqualTo(afterPart);
        assertThat(rest.event()).isEqualTo(Event.REFUNDED);
        assertThat(rest.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(rest.captured().amount()).isEqualTo(2_500);
        assertThat(rest.refunded().amount()).isEqualTo(2_500);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("REFUNDED 2500/2500");

        JsonObject line = new CreditClient(base).statement(paid.card().number(), paid.card().password()).json()
                .asJsonObject().getJsonArray("settlements").getJsonObject(0);
        assertThat(line.getString("state")).isEqualTo("REFUNDED");
        assertThat(line.getJsonObject("refunded").getJsonNumber("amount").longValue()).isEqualTo(2_500);
        assertThat(line.getJsonArray("steps").getValuesAs(JsonObject.class))
                .as("applied steps, oldest first; the refused refund is left out")
                .extracting(step -> step.getString("kind") + " "
                        + step.getJsonObject("amount").getJsonNumber("amount").longValue())
                .containsExactly("HOLD 2500", "CAPTURE 2500", "REFUND 1000", "REFUND 1500");
        assertThat(line.toString()).doesNotContain("Teapot");
    }

    @Test
    void aRefundBeforeTheCaptureIsRefusedAsNotCaptured() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);

        PaymentUpdate refund = desk.ask(paid, Action.REFUND, 100);

        assertThat(refund.refusal()).isEqualTo(Refusal.NOT_CAPTURED);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 2_500));
    }

    @Test
    void theSameRequestArrivingManyTimesAtOnceAppliesOnceAndIsAnsweredOnce() throws Exception {
        PaymentDesk desk = desk();
        Paid paid = desk.paid(10_000, 2_500);
        String capture = ActingMall.request(ActingMall.requestId(), paid.purchaseId(), Action.CAPTURE, 2_500);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            for (int copy = 0; copy < 8; copy++) {
                senders.submit(() -> RequestQueue.send(capture));
            }
        } finally {
            senders.shutdown();
            assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        List<PaymentUpdate> updates = desk.updates(paid, 1);
        RequestQueue.awaitConsumed(PaymentDesk.PATIENCE);
        RequestQueue.send(capture);
        RequestQueue.awaitConsumed(PaymentDesk.PATIENCE);

        assertThat(updates).extracting(PaymentUpdate::event).containsExactly(Event.CAPTURED);
        assertThat(CreditRows.updatesWritten(paid.purchaseId())).as("one answer for all nine copies").isOne();
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED", "CAPTURE 2500 APPLIED");
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(7_500, 0));
        assertThat(RequestQueue.deadLetter(capture, Duration.ZERO)).as("a repeat is no error").isEmpty();
    }
}
