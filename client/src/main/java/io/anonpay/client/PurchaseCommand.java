package io.anonpay.client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups 'purchase create' and 'purchase show'. */
@Command(name = "purchase", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Create a purchase, or show where one stands.",
        description = {"", "A purchase is known only by its purchase id: keep it, there is no list of purchases."},
        subcommands = {PurchaseCreateCommand.class, PurchaseShowCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  anonpay-client purchase create --product 3:2", "  anonpay-client purchase show v1.AbC..."})
final class PurchaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose 'purchase create' or "
                + "'purchase show'");
    }
}
