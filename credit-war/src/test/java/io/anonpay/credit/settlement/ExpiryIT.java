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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A hold nobody captures expires: the credit company's timer releases it after {@code credit.authorization.expiry}
 * and tells the mall. Runs in a Failsafe run of its own (credit-war's pom) where the period is two seconds and the
 * company's party id is "credit-two", so that it also shows the request queue following the configured party id.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void aHoldNotCapturedInTimeIsReleasedAndTheMallToldOnce() throws Exception {
        String period = System.getenv("CREDIT_AUTHORIZATION_EXPIRY");
        assumeTrue(period != null, "runs where the pom configures a short authorisation expiry");
        assertThat(Duration.parse(period)).isLessThan(Duration.ofSeconds(30));
        PaymentDesk desk = new PaymentDesk(new CreditClient(base));
        Paid paid = desk.paid(10_000, 2_500);

        List<PaymentUpdate> updates = desk.updates(paid, 1);

        assertThat(updates).hasSize(1);
        PaymentUpdate expired = updates.get(0);
        assertThat(expired.event()).isEqualTo(Event.EXPIRED);
        assertThat(expired.requestId()).isNull();
        assertThat(expired.state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(expired.amount().amount()).isEqualTo(2_500);
        assertThat(expired.captured().amount()).isZero();
        assertThat(expired.creditCompany()).isEqualTo(ActingMall.CREDIT);
        assertThat(CreditRows.funds(paid.card().id())).as("the hold is released").isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.payment(paid.purchaseId())).isEqualTo("EXPIRED 0/0");

        PaymentUpdate capture = desk.ask(paid, Action.CAPTURE, 2_500);

        assertThat(capture.event()).isEqualTo(Event.REFUSED);
        assertThat(capture.refusal()).isEqualTo(Refusal.NOT_HELD);
        assertThat(CreditRows.funds(paid.card().id())).isEqualTo(new Funds(10_000, 0));
        assertThat(CreditRows.steps(paid.purchaseId())).containsExactly("HOLD 2500 APPLIED", "EXPIRY 2500 APPLIED",
                "CAPTURE 2500 REFUSED NOT_HELD");
        assertThat(CreditRows.updatesWritten(paid.purchaseId())).as("expired once, refused once").isEqualTo(2);
        JsonObject line = new CreditClient(base).statement(paid.card().number(), paid.card().password()).json()
                .asJsonObject().getJsonArray("settlements").getJsonObject(0);
        assertThat(line.getString("state")).isEqualTo("EXPIRED");
        assertThat(line.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("kind"))
                .containsExactly("HOLD", "EXPIRY");
    }
}
