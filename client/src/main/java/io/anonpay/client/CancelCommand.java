package io.anonpay.client;

import jakarta.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The buyer cancels a purchase that has not shipped: the mall releases the money held on the card (a void at the
 * credit company). The purchase id is the only credential, as for showing it.
 */
@Command(name = "cancel", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Cancel a purchase before it ships; money held on the card is released.",
        description = {"", "Allowed until the shipping company accepts the parcel; after that the mall refuses "
                + "(already-shipped) and only its operator can refund. Cancelling twice is harmless."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client cancel v1.AbC..."})
final class CancelCommand extends ClientCommand {

    @Parameters(paramLabel = "PURCHASE_ID", description = "The purchase id that 'buy' or 'purchase create' printed.")
    String purchaseId;

    @Override
    int run(Terminal terminal) {
        JsonObject purchase = terminal.mall().cancel(purchaseId.strip());
        terminal.output().document(purchase);
        PurchaseText.print(purchase, terminal.output());
        return ExitCodes.OK;
    }
}
