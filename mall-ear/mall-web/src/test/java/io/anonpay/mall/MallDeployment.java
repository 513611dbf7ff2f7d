package io.anonpay.mall;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The mall exactly as it ships for Payara Micro: the packaged mall.war, EJB module and all. */
public final class MallDeployment {

    private MallDeployment() {
    }

    public static WebArchive packaged() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/mall.war"));
    }
}
