package io.anonpay.client;

import jakarta.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** Step 1 alone: the mall computes sum and volume and seals the purchase id. */
@Command(name = "create", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        header = "Buy products at the mall (not paid yet): prints the purchase id, sum and volume.",
        description = {"", "The mall computes the payment sum and the shipping volume and answers a purchase id that "
                + "only it can open. Pay next with 'anonpay-client pay <purchase id> --card ...'."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client purchase create --product 3:2 --product-name 'tea pot'"})
final class PurchaseCreateCommand extends ClientCommand {

    @Mixin
    ProductChoice products;

    @Override
    int run(Terminal terminal) {
        products.requireSome();
        JsonObject purchase = create(terminal, products.resolve(terminal.mall()));
        terminal.output().document(purchase);
        terminal.output().line("Next: anonpay-client pay " + JsonSupport.string(purchase, "purchaseId")
                + " --card <number>");
        return ExitCodes.OK;
    }

    /** Shared with 'buy'. */
    static JsonObject create(Terminal terminal, List<ProductOrder> orders) {
        JsonObject purchase = terminal.mall().createPurchase(orders);
        Output output = terminal.output();
        output.progress("Bought " + JsonSupport.number(purchase, "itemCount", 0) + " item(s): "
                + PurchaseText.summary(purchase) + ".");
        output.progress("  Purchase id (keep it to follow the purchase):");
        output.progress("  " + JsonSupport.string(purchase, "purchaseId"));
        return purchase;
    }
}
