package io.anonpay.mall.catalog.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "product")
@NamedQuery(name = Product.ACTIVE, query = "select p from Product p where p.active = true order by p.name")
@NamedQuery(name = Product.BY_NAME, query = "select p from Product p where p.name = :name")
public class Product {

    public static final String ACTIVE = "Product.active";
    public static final String BY_NAME = "Product.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency", nullable = false, length = 3))
    private Money price;

    @Embedded
    private PackedSize size;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String name, String description, Money price, PackedSize size) {
        this.name = name;
        this.description = description;
        this.price = price;
        this.size = size;
    }

    public void change(String description, Money price, PackedSize size, boolean active) {
        this.description = description;
        this.price = price;
        this.size = size;
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Money price() {
        return price;
    }

    public PackedSize size() {
        return size;
    }

    public boolean active() {
        return active;
    }
}
