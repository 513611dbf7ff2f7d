package io.anonpay.client;

import jakarta.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The buyer follows the purchase at the mall: claim 7 (docs/claims.md). */
@Command(name = "show", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Show a purchase as the mall sees it: status, sum, shipping fee, volume, companies, tracking number.",
        description = {"", "Statuses: AWAITING_PAYMENT -> PAID (or PAYMENT_DECLINED) -> SHIPPING_ACCEPTED -> "
                + "IN_TRANSIT -> DELIVERED; EXPIRED when not paid in time."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client purchase show v1.AbC...",
            "  anonpay-client --json purchase show \"$ID\" | jq -r .status"})
final class PurchaseShowCommand extends ClientCommand {

    @Parameters(paramLabel = "PURCHASE_ID", description = "The purchase id that 'buy' or 'purchase create' printed.")
    String purchaseId;

    @Override
    int run(Terminal terminal) {
        JsonObject purchase = terminal.mall().purchase(purchaseId.strip());
        terminal.output().document(purchase);
        PurchaseText.print(purchase, terminal.output());
        return ExitCodes.OK;
    }
}
