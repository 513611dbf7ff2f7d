package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.time.Duration;

/** The whole anonymous purchase in one go: buy, pay, wait for the mall, ship, wait for the mall. */
@Command(name = "buy", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        header = "Buy, pay and ship in one go: the whole anonymous purchase.",
        description = {"",
            "1. The mall computes the sum and volume and gives a sealed purchase id (it never learns who you are).",
            "2. You choose the credit and the shipping company; the mall prices the shipping with that company's "
                    + "signed tariff, and you pay the sum and the fee at the credit company with your card number and "
                    + "password. You are told whether the password matched and, if declined, why. The client waits "
                    + "until the mall shows it paid.",
            "3. The shipping company you chose takes your name and address and gives a tracking number. The client "
                    + "waits until the mall shows the parcel accepted.",
            "",
            "If a step fails, the purchase id is printed: go on with 'pay' or 'ship' one step at a time.",
            "The password is asked for without echo unless given with --password or --password-stdin."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client buy --product 3:2 --credit credit --card 4000001234567899 \\",
            "      --shipping shipping --name 'Ann Smith' --street 'Main St 1' \\",
            "      --postal-code 10115 --city Berlin --country DE"})
final class BuyCommand extends ClientCommand {

    @Mixin
    ProductChoice products;

    @Option(names = "--credit", paramLabel = "COMPANY",
            description = "The credit company's id (see 'anonpay-client companies'; default: the first listed).")
    String creditCompany;

    @Mixin
    CardOptions card;

    @Option(names = "--shipping", paramLabel = "COMPANY",
            description = "The shipping company's id (default: the first listed). It is chosen before paying: its "
                    + "fee is paid with the sum.")
    String shippingCompany;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long to wait, each time, for the mall to see the payment and the shipment "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration wait;

    @Override
    int run(Terminal terminal) {
        products.requireSome();
        if (wait.isZero()) {
            // Shipping instructions are only issued once the mall has seen the payment.
            throw new ParameterException(spec.commandLine(), "--wait must be longer than 0 for 'buy': shipping "
                    + "can start only once the mall has seen the payment");
        }
        String password = card.password(terminal.in());
        JsonObject purchase = PurchaseCreateCommand.create(terminal, products.resolve(terminal.mall()));
        String purchaseId = JsonSupport.required(purchase, "purchaseId", "the mall");
        JsonObjectBuilder document = Json.createObjectBuilder();
        try {
            PaymentStep.Paid paid = PaymentStep.pay(terminal, purchaseId, creditCompany, shippingCompany, card,
                    password, wait);
            document.add("payment", paid.settlement());
            if (paid.exitCode() != ExitCodes.OK) {
                return finish(terminal, document, paid.purchase() != null ? paid.purchase() : purchase,
                        paid.exitCode());
            }
            ShippingStep.Shipped shipped = ShippingStep.ship(terminal, purchaseId, paid.shippingCompany(),
                    delivery.recipient(), wait);
            document.add("shipment", shipped.shipment());
            terminal.output().progress("Done: paid and shipping accepted. Follow the parcel with "
                    + "'anonpay-client track " + JsonSupport.string(shipped.shipment(), "shippingId") + "'.");
            return finish(terminal, document, shipped.purchase(), ExitCodes.OK);
        } catch (ClientFailure failure) {
            terminal.output().error("The purchase stays at the mall; continue step by step with its id: "
                    + purchaseId);
            throw failure;
        }
    }

    private static int finish(Terminal terminal, JsonObjectBuilder document, JsonObject purchase, int exitCode) {
        terminal.output().document(document.add("purchase", purchase).build());
        return exitCode;
    }
}
