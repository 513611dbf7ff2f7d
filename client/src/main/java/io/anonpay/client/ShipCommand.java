package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;

/** Step 3 alone: have a paid purchase shipped. */
@Command(name = "ship", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        header = "Have a paid purchase shipped: prints the tracking number.",
        description = {"",
            "The mall signs the sum, volume and fee for the shipping company you chose when paying (the only one "
                    + "whose fee was paid); your name and address go to that company only, which seals your name so "
                    + "that only your credit company could read it. Then the client waits until the mall shows that "
                    + "the parcel was accepted."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client ship v1.AbC... --shipping shipping --name 'Ann Smith' \\",
            "      --street 'Main St 1' --postal-code 10115 --city Berlin --country DE"})
final class ShipCommand extends ClientCommand {

    @Parameters(paramLabel = "PURCHASE_ID", description = "The purchase id of a paid purchase.")
    String purchaseId;

    @Option(names = "--shipping", paramLabel = "COMPANY",
            description = "The shipping company's id (default: the one chosen when paying, which is the only one the "
                    + "mall accepts).")
    String shippingCompany;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long to wait for the mall to see the parcel accepted (default: ${DEFAULT-VALUE}; "
                    + "0: do not wait).")
    Duration wait;

    @Override
    int run(Terminal terminal) {
        ShippingStep.Shipped shipped = ShippingStep.ship(terminal, purchaseId.strip(), shippingCompany,
                delivery.recipient(), wait);
        JsonObjectBuilder document = Json.createObjectBuilder().add("shipment", shipped.shipment());
        if (shipped.purchase() != null) {
            document.add("purchase", shipped.purchase());
        }
        terminal.output().document(document.build());
        return ExitCodes.OK;
    }
}
