package io.anonpay.credit;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The credit company exactly as it ships for Payara Micro: the packaged credit.war. */
public final class CreditDeployment {

    private CreditDeployment() {
    }

    public static WebArchive packaged() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/credit.war"));
    }
}
