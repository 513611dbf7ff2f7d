package io.anonpay.mall.catalog.boundary;

import io.anonpay.common.audit.OperatorAudit;
import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.catalog.entity.Money;
import io.anonpay.mall.catalog.entity.PackedSize;
import io.anonpay.mall.catalog.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@Stateless
public class Catalog {

    @PersistenceContext(unitName = "mall")
    EntityManager em;

    @Inject
    OperatorAudit audit;

    public List<Product> activeProducts() {
        return em.createNamedQuery(Product.ACTIVE, Product.class).getResultList();
    }

    public Product add(String name, String description, Money price, PackedSize size) {
        if (!em.createNamedQuery(Product.BY_NAME, Product.class).setParameter("name", name).getResultList().isEmpty()) {
            throw ProblemException.conflict("product-exists", "a product named '" + name + "' is already in the catalog");
        }
        Product product = new Product(name, description, price, size);
        em.persist(product);
        em.flush();
        audit.succeeded(product.id());
        return product;
    }

    public Product change(long id, String description, Money price, PackedSize size, boolean active) {
        Product product = find(id);
        product.change(description, price, size, active);
        audit.succeeded();
        return product;
    }

    public Product find(long id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw ProblemException.notFound("product", "no product with id " + id);
        }
        return product;
    }
}
