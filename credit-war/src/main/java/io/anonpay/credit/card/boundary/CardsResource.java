package io.anonpay.credit.card.boundary;

import io.anonpay.common.audit.OperatorAction;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;

/** The operator's card desk (the operator credential guards it, see web.xml). */
@Path("cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardsResource {

    @EJB
    Cards cards;

    @POST
    @OperatorAction("card.issue")
    public Response issue(@NotNull @Valid CardIssueRequest request, @Context UriInfo uri) {
        IssuedCard issued = cards.issue(request.customerName().strip(), request.money(), request.password());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.id())).build())
                .entity(issued).build();
    }

    @GET
    @Path("{id}")
    public CardView get(@PathParam("id") long id) {
        return CardView.from(cards.find(id), Instant.now());
    }
}
