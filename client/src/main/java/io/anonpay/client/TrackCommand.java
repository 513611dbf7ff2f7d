package io.anonpay.client;

import jakarta.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;

/** Follow a parcel at the shipping company by its tracking number. */
@Command(name = "track", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Follow a parcel at the shipping company by its tracking number.",
        description = {"", "Statuses: ACCEPTED -> IN_TRANSIT -> DELIVERED (or RETURNED). The shipping company's "
                + "address comes from the mall's list of companies."},
        footerHeading = "%nExample:%n",
        footer = {"  anonpay-client track AP1234567890128 --shipping shipping"})
final class TrackCommand extends ClientCommand {

    @Parameters(paramLabel = "TRACKING_NUMBER", description = "The shipping id that 'ship' or 'buy' printed.")
    String shippingId;

    @Option(names = "--shipping", paramLabel = "COMPANY",
            description = "The shipping company's id (default: the first the mall lists).")
    String shippingCompany;

    @Override
    int run(Terminal terminal) {
        JsonObject company = MallApi.company(terminal.mall().shippingCompanies(), shippingCompany, "shipping");
        String name = JsonSupport.string(company, "name");
        URI site = Urls.fromServer(JsonSupport.required(company, "site", "the mall"), "the mall");
        JsonObject shipment = terminal.companies().track(site, shippingId.strip(), name);
        Output output = terminal.output();
        output.document(shipment);
        output.line("Tracking number: " + JsonSupport.string(shipment, "shippingId") + " (" + name + ")");
        output.line("Status:          " + JsonSupport.string(shipment, "status")
                + since(JsonSupport.string(shipment, "statusChangedAt")));
        output.line("Volume:          " + Formats.volume(JsonSupport.object(shipment, "shippingVolume")));
        output.line("Shipping fee:    " + Formats.money(JsonSupport.object(shipment, "fee")));
        return ExitCodes.OK;
    }

    private static String since(String changedAt) {
        return changedAt == null ? "" : " since " + changedAt;
    }
}
