package io.anonpay.mall.purchase.web;

import io.anonpay.mall.purchase.boundary.PackingList;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The operator's packing list (operator credential, see web.xml): what to pack, and under which shipping id. */
@Path("operator/packing-list")
@Produces(MediaType.APPLICATION_JSON)
public class PackingListResource {

    @EJB
    PackingList packingList;

    @GET
    public List<Entry> paid() {
        return packingList.paid().stream()
                .map(p -> new Entry(p.purchase().purchaseId(), p.purchase().status().name(),
                        p.items().stream().map(i -> new Line(i.product(), i.quantity())).toList(),
                        p.purchase().shippingCompany(), p.purchase().shippingId()))
                .toList();
    }

    public record Entry(String purchaseId, String status, List<Line> items, String shippingCompany, String shippingId) {
    }

    public record Line(String product, int quantity) {
    }
}
