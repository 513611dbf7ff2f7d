package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;

/** Step 2 alone: pay a purchase at a credit company. */
@Command(name = "pay", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        header = "Pay a purchase with your card at a credit company.",
        description = {"",
            "The mall signs the sum for the credit company you choose, with the fee of the shipping company you "
                    + "choose (its signed tariff prices the parcel; that company ships it once paid). Your card "
                    + "number and password go to the credit company only. You are told whether the password matched "
                    + "and, if the payment is declined, why. Then the client waits until the mall shows the purchase "
                    + "as paid (or declined).",
            "",
            "A wrong password or an unknown card records nothing: pay again. A payment declined for too low a "
                    + "balance is final for this purchase."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client pay v1.AbC... --credit credit --shipping shipping --card 4000001234567899",
            "  printf '%%s\\n' \"$PW\" | anonpay-client pay \"$ID\" --card \"$CARD\" \\",
            "      --password-stdin --json"})
final class PayCommand extends ClientCommand {

    @Parameters(paramLabel = "PURCHASE_ID", description = "The purchase id that 'purchase create' printed.")
    String purchaseId;

    @Option(names = "--credit", paramLabel = "COMPANY",
            description = "The credit company's id (see 'anonpay-client companies'; default: the first listed).")
    String creditCompany;

    @Option(names = "--shipping", paramLabel = "COMPANY",
            description = "The shipping company's id (default: the first listed). It is chosen before paying: its "
                    + "fee is paid with the sum, and it ships the parcel.")
    String shippingCompany;

    @Mixin
    CardOptions card;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long to wait for the mall to see the outcome (default: ${DEFAULT-VALUE}; 0: do not "
                    + "wait).")
    Duration wait;

    @Override
    int run(Terminal terminal) {
        String password = card.password(terminal.in());
        PaymentStep.Paid paid = PaymentStep.pay(terminal, purchaseId.strip(), creditCompany, shippingCompany, card,
                password, wait);
        JsonObjectBuilder document = Json.createObjectBuilder().add("payment", paid.settlement());
        if (paid.purchase() != null) {
            document.add("purchase", paid.purchase());
        }
        terminal.output().document(document.build());
        return paid.exitCode();
    }
}
