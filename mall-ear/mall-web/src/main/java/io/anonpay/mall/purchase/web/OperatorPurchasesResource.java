package io.anonpay.mall.purchase.web;

import io.anonpay.common.audit.OperatorAction;
import io.anonpay.common.contract.Money;
import io.anonpay.mall.purchase.boundary.PurchasePayments;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry;
import io.anonpay.mall.purchase.entity.PaymentRequestEntry.RequestedBy;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
 * The operator's hand on a purchase's payment (operator credential, see web.xml): cancel it before it ships, refund
 * part or all of what was captured, and list every request the mall sent about it, with the refunds' reasons.
 */
@Path("operator/purchases/{purchaseId}")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorPurchasesResource {

    @EJB
    PurchasePayments payments;

    @POST
    @Path("cancellation")
    @OperatorAction(value = "purchase.cancel", target = "purchaseId")
    public PurchaseView cancel(@PathParam("purchaseId") @Size(max = 6000) String purchaseId) {
        return PurchaseView.from(payments.cancel(purchaseId, RequestedBy.OPERATOR));
    }

    /** Accepted: the credit company applies it, and the payment's state shows when it did. */
    @POST
    @Path("refunds")
    @OperatorAction(value = "purchase.refund", target = "purchaseId")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("purchaseId") @Size(max = 6000) String purchaseId,
                           @NotNull @Valid RefundRequest request) {
        PaymentRequestEntry refund = payments.refund(purchaseId, request.money(), request.reason());
        return Response.accepted(new Requested(refund.requestId(), refund.action().name(),
                refund.amount().toContract(), refund.status().name())).build();
    }

    @GET
    @Path("payment-requests")
    public List<RequestEntry> requests(@PathParam("purchaseId") @Size(max = 6000) String purchaseId) {
        return payments.requests(purchaseId).stream().map(RequestEntry::from).toList();
    }

    /** The answer to a refund: sent, not applied yet. */
    public record Requested(String requestId, String action, Money amount, String status) {
    }

    /** A request as the operator sees it: to whom, why and who asked, and the credit company's answer. */
    public record RequestEntry(String requestId, String creditCompany, String action, Money amount, String reason,
                               String requestedBy, String status, String refusal, Instant createdAt,
                               Instant answeredAt) {

        static RequestEntry from(PaymentRequestEntry r) {
            return new RequestEntry(r.requestId(), r.creditCompany(), r.action().name(), r.amount().toContract(),
                    r.reason(), r.requestedBy().name(), r.status().name(),
                    r.refusal() == null ? null : r.refusal().name(), r.createdAt(), r.answeredAt());
        }
    }
}
