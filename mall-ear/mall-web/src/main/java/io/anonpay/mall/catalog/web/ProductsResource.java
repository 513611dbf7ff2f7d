package io.anonpay.mall.catalog.web;

import io.anonpay.common.audit.OperatorAction;
import io.anonpay.mall.catalog.boundary.Catalog;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

/** The catalog: anyone reads it; changes need the operator credential (see web.xml). */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    @EJB
    Catalog catalog;

    @GET
    public List<ProductView> list() {
        return catalog.activeProducts().stream().map(ProductView::from).toList();
    }

    @GET
    @Path("{id}")
    public ProductView get(@PathParam("id") long id) {
        return ProductView.from(catalog.find(id));
    }

    @POST
    @OperatorAction("product.add")
    public Response add(@NotNull @Valid ProductRequest request, @Context UriInfo uri) {
        ProductView created = ProductView.from(catalog.add(request.name(), request.descriptionOrEmpty(),
                request.money(), request.packedSize()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @OperatorAction(value = "product.change", target = "id")
    public ProductView change(@PathParam("id") long id, @NotNull @Valid ProductRequest request) {
        return ProductView.from(catalog.change(id, request.descriptionOrEmpty(), request.money(),
                request.packedSize(), request.active() == null || request.active()));
    }
}
