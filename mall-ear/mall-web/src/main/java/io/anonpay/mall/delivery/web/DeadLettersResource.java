package io.anonpay.mall.delivery.web;

import io.anonpay.common.audit.OperatorAction;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.delivery.boundary.DeadLetterQueues;
import io.anonpay.mall.delivery.boundary.DeadLetterQueues.DeadLetter;
import io.anonpay.mall.delivery.boundary.DeadLetterQueues.Queue;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The operator's dead letters (operator credential, see web.xml): what the mall refused, or gave up after its
 * attempts, and two ways out: {@code POST …/{queue}/{messageId}/redelivery} puts a letter back on its queue,
 * {@code DELETE …/{queue}/{messageId}} discards it.
 */
@Path("operator/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @EJB
    DeadLetterQueues queues;

    @GET
    public List<DeadLetter> all() {
        return queues.browse();
    }

    @POST
    @Path("{queue}/{messageId}/redelivery")
    @OperatorAction(value = "dead-letter.redeliver", target = "messageId")
    public void sendBack(@PathParam("queue") @Size(max = 40) String queue,
                         @PathParam("messageId") @Size(max = 300) String messageId) {
        queues.sendBack(queue(queue), messageId);
    }

    @DELETE
    @Path("{queue}/{messageId}")
    @OperatorAction(value = "dead-letter.discard", target = "messageId")
    public void discard(@PathParam("queue") @Size(max = 40) String queue,
                        @PathParam("messageId") @Size(max = 300) String messageId) {
        queues.discard(queue(queue), messageId);
    }

    private static Queue queue(String name) {
        return Queue.named(name).orElseThrow(() -> ProblemException.notFound("queue",
                "the mall's queues are settlement-results, shipping-receipts and payment-updates"));
    }
}
