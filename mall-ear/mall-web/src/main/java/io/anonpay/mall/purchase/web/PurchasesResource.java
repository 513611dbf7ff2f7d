package io.anonpay.mall.purchase.web;

import io.anonpay.common.limits.RateLimited;
import io.anonpay.mall.purchase.boundary.IssuedInstructions;
import io.anonpay.mall.purchase.boundary.PurchasePayments;
import io.anonpay.mall.purchase.boundary.Purchases;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.RequestedBy;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Purchases. The purchase identifier is unguessable, so knowing it is what lets a buyer see a purchase; there
 * is no listing. Instructions come as JSON for API clients, and as a 303 redirect for a browser's form post. The
 * buyer designates the credit and the shipping company together, before paying: that prices the shipping. The
 * same identifier lets the buyer cancel the purchase until it ships.
 */
@Path("purchases")
@Produces(MediaType.APPLICATION_JSON)
public class PurchasesResource {

    @EJB
    Purchases purchases;

    @EJB
    PurchasePayments payments;

    @RateLimited("purchases")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response buy(@NotNull @Valid PurchaseRequest request, @Context UriInfo uri) {
        PurchaseView created = PurchaseView.from(purchases.buy(request.quantities()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.purchaseId()).build()).entity(created).build();
    }

    @GET
    @Path("{purchaseId}")
    public PurchaseView get(@PathParam("purchaseId") @Size(max = 6000) String purchaseId) {
        return PurchaseView.from(purchases.find(purchaseId));
    }

    /** Cancels the purchase before it ships; a held payment is voided. Cancelling again answers the same. */
    @RateLimited("cancellations")
    @POST
    @Path("{purchaseId}/cancellation")
    public PurchaseView cancel(@PathParam("purchaseId") @Size(max = 6000) String purchaseId) {
        return PurchaseView.from(payments.cancel(purchaseId, RequestedBy.BUYER));
    }

    @RateLimited("instructions")
    @POST
    @Path("{purchaseId}/payment-instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    public IssuedInstructions pay(@PathParam("purchaseId") @Size(max = 6000) String purchaseId,
                                  @NotNull @Valid DesignationRequest request) {
        return purchases.paymentInstructions(purchaseId, request.company(), request.shippingCompany());
    }

    /** Form fields carry no constraint: Payara's OpenAPI generator fails on a constrained {@code @FormParam}. */
    @RateLimited("instructions")
    @POST
    @Path("{purchaseId}/payment-instructions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response payInBrowser(@PathParam("purchaseId") @Size(max = 6000) String purchaseId,
                                 @FormParam("company") String company,
                                 @FormParam("shippingCompany") String shippingCompany) {
        return Response.seeOther(purchases.paymentInstructions(purchaseId, company, shippingCompany).page()).build();
    }

    @RateLimited("instructions")
    @POST
    @Path("{purchaseId}/shipping-instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    public IssuedInstructions ship(@PathParam("purchaseId") @Size(max = 6000) String purchaseId,
                                   @NotNull @Valid DesignationRequest request) {
        return purchases.shippingInstructions(purchaseId, request.company());
    }

    @RateLimited("instructions")
    @POST
    @Path("{purchaseId}/shipping-instructions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shipInBrowser(@PathParam("purchaseId") @Size(max = 6000) String purchaseId,
                                  @FormParam("company") String company) {
        return Response.seeOther(purchases.shippingInstructions(purchaseId, company).page()).build();
    }
}
