package io.anonpay.common.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operator resource method as an audited action. {@link OperatorAuditFilter} records a refused one, and a
 * successful one that the service did not record in its own transaction ({@link OperatorAudit#succeeded()}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OperatorAction {

    /** The stable action name, e.g. {@code card.issue}, {@code purchase.refund}. */
    String value();

    /** The path parameter that names the target ({@link AuditTarget} makes it opaque); empty for none. */
    String target() default "";
}
