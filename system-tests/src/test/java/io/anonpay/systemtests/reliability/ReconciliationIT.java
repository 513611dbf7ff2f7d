package io.anonpay.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.common.contract.PurchaseKey;
import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.launcher.reconcile.Reconcile;
import io.anonpay.launcher.reconcile.Reconciliation;
import io.anonpay.systemtests.RunningSystem;
import io.anonpay.systemtests.reliability.Api.Card;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./anonpay reconcile} on the running system: the books of every purchase the suite made so far match between
 * the mall and the credit company and between the credit company and the shipping company; and one amount altered
 * in one party's database is reported, as exactly that purchase key, by exactly that pair.
 */
@ExtendWith(RunningSystem.class)
class ReconciliationIT {

    private static final long PRICE = 3_100;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void theBooksMatchAndAnAmountAlteredAtOnePartyIsReportedAsItsPurchaseKeyAlone(AnonpaySystem system) {
        Api api = new Api(system);
        Databases databases = new Databases(system);
        Card card = api.newCard("Clearing Holder", 10_000);
        String purchase = api.newPurchase(api.newProduct("Clearing lamp", PRICE));
        Api.expect(api.pay(api.paymentInstructions(purchase), card), 201, "paying");
        assertThat(api.awaitStatus(purchase, "PAID"::equals, PATIENCE)).isEqualTo("PAID");
        Api.expect(api.ship(api.shippingInstructions(purchase), "Clearing Holder"), 201, "shipping");
        assertThat(api.awaitPaymentState(purchase, "CAPTURED", PATIENCE)).isEqualTo("CAPTURED");
        new Books(api, databases).awaitFeesClaimed(card, PATIENCE);
        String key = PurchaseKey.of(purchase).hex();

        List<Reconciliation> matching = Clearing.assertReconciled(system, PATIENCE);
        assertThat(matching).extracting(r -> r.left() + "-" + r.right()).containsExactly("mall-credit", "credit-shipping");
        assertThat(matching).allMatch(r -> r.matched() >= 1);
        assertThat(command(system).exit).as("./anonpay reconcile when the books match").isZero();

        String mallRefundsOneCent = "update purchase set refunded_amount = refunded_amount + ? where purchase_key = decode(?, 'hex')";
        assertThat(databases.update(Server.MALL, mallRefundsOneCent, 1, key)).isOne();
        try {
            List<Reconciliation> altered = Clearing.reconcile(system);
            assertThat(altered.get(0).different()).extracting(Reconciliation.Difference::purchaseKey)
                    .as("the mall's books against the credit company's").containsExactly(key);
            assertThat(altered.get(0).onlyLeft()).isEmpty();
            assertThat(altered.get(0).onlyRight()).isEmpty();
            assertThat(altered.get(1).balanced()).as("the credit company and the shipping company still agree").isTrue();
            Run run = command(system);
            assertThat(run.exit).isEqualTo(1);
            assertThat(run.out).contains(key + "  mall says EUR 30.99, credit says EUR 31.00");
        } finally {
            databases.update(Server.MALL, mallRefundsOneCent, -1, key);
        }

        String feeOneCentMore = "update shipment set fee_amount = fee_amount + ? where purchase_key = ?";
        assertThat(databases.update(Server.SHIPPING, feeOneCentMore, 1, key)).isOne();
        try {
            List<Reconciliation> altered = Clearing.reconcile(system);
            assertThat(altered.get(0).balanced()).as("the mall and the credit company still agree").isTrue();
            assertThat(altered.get(1).different()).extracting(Reconciliation.Difference::purchaseKey)
                    .as("the credit company's books against the shipping company's").containsExactly(key);
        } finally {
            databases.update(Server.SHIPPING, feeOneCentMore, -1, key);
        }
        assertThat(Clearing.reconcile(system)).as("put back").allMatch(Reconciliation::balanced);
    }

    private record Run(int exit, String out) {
    }

    /** {@code ./anonpay reconcile --data-dir …}, as an operator runs it. */
    private static Run command(AnonpaySystem system) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Reconcile.run(new String[]{"--data-dir", system.dataDirectory().root().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        System.out.println("ReconciliationIT: ./anonpay reconcile exited " + exit + "\n" + printed);
        return new Run(exit, printed);
    }
}
