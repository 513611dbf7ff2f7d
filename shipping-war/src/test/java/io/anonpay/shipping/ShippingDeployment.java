package io.anonpay.shipping;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The shipping company exactly as it ships: the packaged shipping.war. */
public final class ShippingDeployment {

    private ShippingDeployment() {
    }

    public static WebArchive packaged() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/shipping.war"));
    }
}
